// The hook screens use to say things: t('key', { params }) in the worker's language.
import { useCallback } from 'react';
import type { MessageKey } from '../messages/i18n.ts';
import { translate, type Params } from '../messages/i18n.ts';
import { getSettings, useSettings } from './settings.ts';

export type T = (key: MessageKey, params?: Params) => string;

export function useT(): T {
  const { lang } = useSettings();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}

/** For code outside React (sync status words, feedback), in the current language. */
export const t: T = (key, params) => translate(getSettings().lang, key, params);
