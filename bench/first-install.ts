// What a first install downloads for offline use, per kind of device, read from the precache
// list the build injected into dist/sw.js and its groups (src/pwa/precache-plan.ts): a
// scanner-only floor device gets the core (shell and floor screens), an office role adds the
// console, the camera decoders come with the first camera use. Bytes on the wire are the
// build's brotli copies the server sends (scripts/vite-precompress.ts). The baseline is the
// whole list, what every device installed before the groups. Goal: scanner-only <= 600 KB.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitPlan, type PlanEntry, type PrecacheGroup } from '../src/pwa/precache-plan.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const GOAL_KB = 600;

export function precacheList(dist = DIST): PlanEntry[] {
  const sw = readFileSync(resolve(dist, 'sw.js'), 'utf8');
  return [
    ...sw.matchAll(/\{(?:"group":"(\w+)",)?"revision":(?:null|"[^"]*"),"url":"([^"]+)"\}/g),
  ].map((m) => ({ url: m[2]!, revision: null, ...(m[1] ? { group: m[1] as PrecacheGroup } : {}) }));
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);

function weigh(dist: string, urls: readonly string[]) {
  let raw = 0;
  let wire = 0;
  for (const url of urls) {
    const file = resolve(dist, url.replace(/^\//, ''));
    const size = statSync(file).size;
    raw += size;
    wire += existsSync(`${file}.br`) ? statSync(`${file}.br`).size : size;
  }
  return { files: urls.length, rawKb: kb(raw), wireKb: kb(wire) };
}

export function benchFirstInstall(dist = DIST) {
  const list = precacheList(dist);
  const { core, groups } = splitPlan(list);
  const urlOf = (e: string | PlanEntry) => (typeof e === 'string' ? e : e.url);
  const group = (g: PrecacheGroup) => groups.get(g) ?? [];
  const all = weigh(dist, list.map(urlOf));
  const scannerOnly = weigh(dist, core.map(urlOf));
  const office = weigh(dist, [...core.map(urlOf), ...group('console')]);
  return {
    goalKb: GOAL_KB,
    baselineEveryDevice: all,
    scannerOnly,
    officeRole: office,
    cameraOnFirstUse: weigh(dist, group('camera')),
    consoleForOffice: weigh(dist, group('console')),
    scannerOnlyVsBaseline: +(scannerOnly.wireKb / all.wireKb).toFixed(3),
    withinGoal: scannerOnly.wireKb <= GOAL_KB,
  };
}
