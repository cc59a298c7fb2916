// Per-device preferences (language, sound, vibration, scanner options), kept in localStorage:
// they are not floor data, and the first screen needs them synchronously.
import { useSyncExternalStore } from 'react';
import { browserLang, isLanguageLoaded, loadLanguage, type Lang } from '../messages/i18n.ts';

export interface Settings {
  lang: Lang;
  sound: boolean;
  vibration: boolean;
  /** A character the site's scanners send instead of GS (FNC1), e.g. "~"; '' for none. */
  gsSubstitute: string;
}

const KEY = 'floorsync.settings';
const listeners = new Set<() => void>();

function load(): Settings {
  const defaults: Settings = {
    lang: browserLang(navigator.languages),
    sound: true,
    vibration: true,
    gsSubstitute: '',
  };
  try {
    return { ...defaults, ...(JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<Settings>) };
  } catch {
    return defaults;
  }
}

let current = load();

export const getSettings = (): Settings => current;

export function updateSettings(patch: Partial<Settings>): void {
  // A new language shows once its words have arrived, never half in English.
  if (patch.lang && !isLanguageLoaded(patch.lang)) {
    void loadLanguage(patch.lang).then(() => updateSettings(patch));
    return;
  }
  current = { ...current, ...patch };
  localStorage.setItem(KEY, JSON.stringify(current));
  document.documentElement.lang = current.lang;
  for (const l of listeners) l();
}

window.addEventListener('storage', (e) => {
  if (e.key !== KEY) return;
  current = load();
  void loadLanguage(current.lang).then(() => {
    for (const l of listeners) l();
  });
});

export function useSettings(): Settings {
  return useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    () => current,
  );
}
