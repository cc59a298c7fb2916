// The service worker's later groups (src/pwa/precache-plan.ts): the camera decoders and the
// console are not installed with the shell. The page asks for a group ("WARM") when it is
// needed (the camera is opened, an office role signs in); until then a request for one of its
// files goes to the network and the answer is kept. Built files have hashed names, so a file
// kept once is right for good; activation drops files an older build left behind.
/// <reference lib="webworker" />
import type { PrecacheGroup } from './pwa/precache-plan.ts';

declare const self: ServiceWorkerGlobalScope;

const CACHE = 'floorsync-later';

export function serveLaterGroups(groups: Map<PrecacheGroup, string[]>): void {
  const paths = new Set([...groups.values()].flat());

  const fromCacheOrNetwork = async (request: Request): Promise<Response> => {
    const cache = await caches.open(CACHE);
    const kept = await cache.match(request.url);
    if (kept) return kept;
    const answer = await fetch(request);
    if (answer.ok) await cache.put(request.url, answer.clone());
    return answer;
  };

  const warm = async (group: PrecacheGroup): Promise<void> => {
    const cache = await caches.open(CACHE);
    const url = (path: string) => new URL(path, self.location.origin).href;
    for (const path of groups.get(group) ?? []) {
      if (await cache.match(url(path))) continue;
      const answer = await fetch(url(path));
      if (answer.ok) await cache.put(url(path), answer);
    }
  };

  self.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
    if (!paths.has(url.pathname)) return;
    event.respondWith(fromCacheOrNetwork(event.request));
    // The first file of a group asked for (the camera's decoder) brings the rest of it along.
    const group = [...groups].find(([, files]) => files.includes(url.pathname))?.[0];
    if (group) event.waitUntil(warm(group).catch(() => undefined));
  });

  self.addEventListener('message', (event) => {
    const data = event.data as { type?: string; groups?: PrecacheGroup[] } | null;
    if (data?.type !== 'WARM') return;
    // One group after another, in the background: the floor's own requests go first.
    event.waitUntil(
      (data.groups ?? []).reduce(
        (before, g) => before.then(() => warm(g)).catch(() => undefined),
        Promise.resolve(),
      ),
    );
  });

  self.addEventListener('activate', (event) => {
    event.waitUntil(
      caches.open(CACHE).then(async (cache) => {
        for (const req of await cache.keys())
          if (!paths.has(new URL(req.url).pathname)) await cache.delete(req);
      }),
    );
  });
}
