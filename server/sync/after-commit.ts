// What runs after a commit must not undo the answer: a push, an import or a console action whose
// transaction committed is answered with its committed result even if telling the other
// instances fails (pg_notify on a dropped connection) or a version listener throws (an event
// stream torn down mid-write). Such failures are logged; devices catch up at their next pull.
import type { Logger } from '../http/logger.ts';
import type { Store, VersionListener } from '../store/store.ts';

export function withSafeNotify(store: Store, log: Logger): Store {
  const guarded =
    (fn: VersionListener): VersionListener =>
    (warehouseId, version) => {
      try {
        fn(warehouseId, version);
      } catch (err) {
        log.error({ err, warehouseId, version }, 'a version listener failed');
      }
    };
  return {
    ...store,
    notify: async (warehouseId, version) => {
      try {
        await store.notify(warehouseId, version);
      } catch (err) {
        log.error({ err, warehouseId, version }, 'notify after commit failed; answer stands');
      }
    },
    onVersion: (fn) => store.onVersion(guarded(fn)),
  };
}
