// Sorts the service worker's precache list into groups, at build time, so a first install
// downloads what the device needs first: the shell and the floor screens ("core") at install;
// the camera decoders (a wasm and two worker scripts, 1.4 MB of the 2.2 MB) when the camera is
// first opened; the supervisor console only on a device an office role signs in on. The group
// rides on each manifest entry; src/pwa/precache-plan.ts reads it in the worker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestTransform } from 'workbox-build';
import { groupOfUrl, type PrecacheGroup } from '../src/pwa/precache-plan.ts';

/** Static imports of a built chunk (`import{a}from"./x.js"`), never dynamic `import("...")`. */
const staticImports = (code: string): string[] =>
  [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g)].map(
    (m) => m[1]!,
  );

/** The chunk name of a hashed asset: `assets/ConsoleScreen-B4mwXbOt.js` → `ConsoleScreen`. */
const chunkName = (url: string): string =>
  (url.split('/').at(-1) ?? '').replace(/-[\w-]{8}\.(js|css)$/, '');

/**
 * The files only the console needs: the console chunk's static imports that no chunk outside
 * them imports (a chunk shared with a floor screen stays in core), and their stylesheets.
 */
export function consoleOnly(assetsDir: string, files: readonly string[]): Set<string> {
  const js = files.filter((f) => f.endsWith('.js'));
  const imports = new Map(
    js.map((f) => [f, staticImports(readFileSync(join(assetsDir, f), 'utf8'))]),
  );
  const closure = (roots: readonly string[]) => {
    const seen = new Set<string>();
    const visit = (f: string) => {
      if (seen.has(f) || !imports.has(f)) return;
      seen.add(f);
      imports.get(f)!.forEach(visit);
    };
    roots.forEach(visit);
    return seen;
  };
  const consoleClosure = closure(js.filter((f) => chunkName(f) === 'ConsoleScreen'));
  const elsewhere = closure(js.filter((f) => !consoleClosure.has(f)));
  const only = new Set([...consoleClosure].filter((f) => !elsewhere.has(f)));
  const names = new Set([...only].map(chunkName));
  for (const f of files) if (f.endsWith('.css') && names.has(chunkName(f))) only.add(f);
  return only;
}

/** workbox-build manifest transform: tags every entry with its group (core has none). */
export function groupPrecache(distDir: string): ManifestTransform {
  return (entries) => {
    const assets = entries
      .map((e) => e.url)
      .filter((u) => u.startsWith('assets/'))
      .map((u) => u.slice('assets/'.length));
    const consoleFiles = consoleOnly(join(distDir, 'assets'), assets);
    const manifest = entries.map((e) => {
      const group: PrecacheGroup | null = consoleFiles.has(e.url.slice('assets/'.length))
        ? 'console'
        : groupOfUrl(e.url);
      return group ? { ...e, group } : e;
    });
    return { manifest, warnings: [] };
  };
}
