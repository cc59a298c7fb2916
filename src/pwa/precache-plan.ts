// What a device downloads for offline use, and when. The build tags each precache entry with a
// group (scripts/precache-groups.ts); the service worker installs the untagged "core" (shell
// and floor screens: every deep link opens offline after one visit) and fetches a group only
// when the page asks for it. No DOM or worker APIs here: the build, the worker, the page and
// the bench all read it.

export type PrecacheGroup = 'camera' | 'console';

export interface PlanEntry {
  url: string;
  revision: string | null;
  group?: PrecacheGroup;
}

/** The camera decoders: the wasm reader and the decoder worker scripts. */
export const groupOfUrl = (url: string): PrecacheGroup | null =>
  /\.wasm$|\.worker-[\w-]{8}\.js$/.test(url) ? 'camera' : null;

/** The core entries and, per group, the paths of its files (as the worker's requests see them). */
export function splitPlan(entries: readonly (string | PlanEntry)[]): {
  core: (string | PlanEntry)[];
  groups: Map<PrecacheGroup, string[]>;
} {
  const core: (string | PlanEntry)[] = [];
  const groups = new Map<PrecacheGroup, string[]>();
  for (const e of entries) {
    if (typeof e === 'string' || !e.group) core.push(e);
    else groups.set(e.group, [...(groups.get(e.group) ?? []), `/${e.url.replace(/^\//, '')}`]);
  }
  return { core, groups };
}

/**
 * After sign-in, in the background: the camera decoders for everyone (a phone that never opened
 * the camera online must still scan with it at a dock with no Wi-Fi), then the console for
 * office roles. The shell and the floor screens are installed first, without them.
 */
export const groupsForRoles = (roles: readonly string[]): PrecacheGroup[] =>
  roles.some((r) => r === 'supervisor' || r === 'admin') ? ['camera', 'console'] : ['camera'];
