// The message catalogue: t(key, params) in the chosen language. Each floor task keeps its own
// pair of files (<task>.en.ts, <task>.zh-CN.ts); catalogue.ts merges them. The language follows
// the browser until the worker picks one in Settings.
import { catalogues, type MessageKey } from './catalogue.ts';

export type { MessageKey };

export const languages = { en: 'English', 'zh-CN': '简体中文' } as const;
export type Lang = keyof typeof languages;

export type Params = Record<string, string | number>;

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  return format(catalogues[lang][key], params);
}

export function browserLang(languagesList: readonly string[]): Lang {
  return languagesList.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

export function hasKey(key: string): key is MessageKey {
  return key in catalogues.en;
}
