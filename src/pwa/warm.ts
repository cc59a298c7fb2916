// Asks the service worker for a later precache group (src/pwa/precache-plan.ts) once the page
// knows it needs it: the console when an office role signs in, the camera decoders when the
// camera is first opened. Waits for an active worker, so a first visit's request is not lost.
import { useEffect } from 'react';
import { groupsForRoles, type PrecacheGroup } from './precache-plan.ts';

const asked = new Set<PrecacheGroup>();

export function warmGroups(groups: readonly PrecacheGroup[]): void {
  const wanted = groups.filter((g) => !asked.has(g));
  if (!wanted.length || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  wanted.forEach((g) => asked.add(g));
  void navigator.serviceWorker.ready.then((reg) =>
    reg.active?.postMessage({ type: 'WARM', groups: wanted }),
  );
}

/** The groups the signed-in user's roles need for offline use. */
export function useWarmForRoles(roles: readonly string[] | undefined): void {
  const key = (roles ?? []).join(',');
  useEffect(() => {
    if (key) warmGroups(groupsForRoles(key.split(',')));
  }, [key]);
}
