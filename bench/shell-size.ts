// The app shell's weight: the bytes on the wire (KiB) of every JavaScript file the built
// index.html loads before the first screen can show (its module scripts, its modulepreloads, and
// their static imports), as a phone on a weak network downloads it: the build's brotli copy the
// server sends (scripts/vite-precompress.ts), with the gzip -9 size beside it for browsers that
// take only gzip. Lazy screens, the camera viewfinder and the decoder engines load later and are
// not counted. Goal: <= 150 KB on the wire.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../dist');
const GOAL_KB = 150;

/** Static imports of a built chunk (`import{a}from"./x.js"`), never dynamic `import("...")`. */
const staticImports = (code: string): string[] =>
  [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g)].map(
    (m) => m[1]!,
  );

export function shellFiles(dist = DIST): string[] {
  const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
  const entry = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\//, ''));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(resolve(dist, file), 'utf8');
    const dir = file.split('/').slice(0, -1).join('/');
    for (const spec of staticImports(code))
      visit(spec.startsWith('/') ? spec.slice(1) : `${dir}/${spec.replace(/^\.\//, '')}`);
  };
  entry.forEach(visit);
  return [...seen];
}

export function benchShellSize(dist = DIST) {
  const files = shellFiles(dist).map((file) => {
    const bytes = readFileSync(resolve(dist, file));
    const br = resolve(dist, `${file}.br`);
    return {
      file,
      kb: +(bytes.length / 1024).toFixed(1),
      wireKb: +((existsSync(br) ? statSync(br).size : bytes.length) / 1024).toFixed(1),
      gzipKb: +(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1),
    };
  });
  const sum = (pick: (f: (typeof files)[number]) => number) =>
    +files.reduce((n, f) => n + pick(f), 0).toFixed(1);
  const wireKb = sum((f) => f.wireKb);
  return {
    goalKb: GOAL_KB,
    wireKb,
    gzipKb: sum((f) => f.gzipKb),
    withinGoal: wireKb <= GOAL_KB,
    files,
  };
}
