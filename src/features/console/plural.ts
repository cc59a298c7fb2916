// Counts in words with the right plural form: "1 line" / "2 lines" in English, "1 行" / "2 行"
// in Chinese. Each countable has a `.one` and an `.other` key (Chinese has only one form, so
// both say the same); Intl.PluralRules of the chosen language picks the form.
import { useCallback } from 'react';
import { useSettings } from '../../app/settings.ts';
import { useT, type T } from '../../app/use-t.ts';
import type { Lang, MessageKey } from '../../messages/i18n.ts';

export type Countable =
  | 'lines'
  | 'units'
  | 'orders'
  | 'rows'
  | 'errors'
  | 'receipts'
  | 'photos'
  | 'openExceptions'
  | 'locations'
  | 'ops'
  | 'raised'
  | 'alerts'
  | 'selected'
  | 'exceptionsN';

export function countOf(t: T, lang: Lang, what: Countable, n: number): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? 'one' : 'other';
  return t(`console.n.${what}.${form}` as MessageKey, { n });
}

/** countOf in the console's language, as a hook. */
export function usePlural(): (what: Countable, n: number) => string {
  const t = useT();
  const { lang } = useSettings();
  return useCallback((what: Countable, n: number) => countOf(t, lang, what, n), [t, lang]);
}
