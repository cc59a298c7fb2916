// zod compiles object parsers with `new Function` unless told not to, and probes for it when a
// schema is built: under the page's Content Security Policy (no 'unsafe-eval') the probe is
// reported as a violation on every load. zod reads this global when its module is evaluated,
// and module scripts run after classic ones, so this tiny classic script sets it first. The
// device parses small payloads; zod's interpreter is fast enough for them.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
