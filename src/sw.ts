// The service worker: precaches the app shell and the floor screens, answers navigations with
// the shell so deep links open offline, and leaves /api/ to the network. The camera decoders
// and the console come later, when the page asks (sw-groups.ts). It activates a new version
// only when the page asks (after the worker taps "Update now").
/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { splitPlan, type PlanEntry } from './pwa/precache-plan.ts';
import { serveLaterGroups } from './sw-groups.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PlanEntry)[];
};

// The first install takes the open page at once, so it works offline from the first visit.
// Later versions wait for the page's SKIP_WAITING and then claim it (the page reloads).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
const plan = splitPlan(self.__WB_MANIFEST);
// Registered first: a later group's file is answered from its own cache, never refetched.
serveLaterGroups(plan.groups);
precacheAndRoute(plan.core);
cleanupOutdatedCaches();
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
