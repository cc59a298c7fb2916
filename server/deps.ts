// What routes need from the outside, passed in explicitly so tests build the app the same way.
import type { Store } from './store/store.ts';

export interface Deps {
  store: Store;
  appVersion: string;
}
