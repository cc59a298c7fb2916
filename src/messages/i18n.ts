// The message catalogue: t(key, params) in the chosen language. Each floor task keeps its own
// pair of files (<task>.en.ts, <task>.zh-CN.ts); catalogue.ts merges them. The language follows
// the browser until the worker picks one in Settings.
import { enCatalogue, type MessageKey } from './catalogue.ts';

export type { MessageKey };

export const languages = { en: 'English', 'zh-CN': '简体中文' } as const;
export type Lang = keyof typeof languages;

export type Params = Record<string, string | number>;

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

const loaded: Partial<Record<Lang, Record<MessageKey, string>>> = { en: enCatalogue };

export const isLanguageLoaded = (lang: Lang): boolean => lang in loaded;

/** Loads a language's catalogue (Chinese is a separate chunk, precached for offline use). */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'zh-CN' && !loaded[lang])
    loaded[lang] = (await import('./catalogue.zh-CN.ts')).zhCNCatalogue;
}

/** Until a language has loaded (a moment at start), its words come in English. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return format((loaded[lang] ?? enCatalogue)[key], params);
}

export function browserLang(languagesList: readonly string[]): Lang {
  return languagesList.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function hasKey(key: string): key is MessageKey {
  return key in enCatalogue;
}
