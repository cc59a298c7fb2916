// Every visible string exists in English and Simplified Chinese with the same placeholders.
import { describe, expect, it } from 'vitest';
import { enCatalogue } from '../../../src/messages/catalogue.ts';
import { zhCNCatalogue } from '../../../src/messages/catalogue.zh-CN.ts';
import { browserLang, format } from '../../../src/messages/i18n.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has a Chinese sentence for every English one, using only placeholders the English has', () => {
    const [en, zh] = [enCatalogue, zhCNCatalogue];
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      // Chinese may leave out a detail (the English AI title, say) but never invent a parameter.
      const english = new Set(placeholders(en[key]));
      expect(
        placeholders(zh[key]).filter((p) => !english.has(p)),
        key,
      ).toEqual([]);
      if (!key.startsWith('barcode.'))
        expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(zh[key].trim(), key).not.toBe('');
      // an untranslated copy of the English, unless the sentence is only placeholders
      if (/[A-Za-z]{3}/.test(en[key].replace(/\{\w+\}/g, '')))
        expect(zh[key], key).not.toBe(en[key]);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Move {qty} × {sku}', { qty: 3, sku: 'S1' })).toBe('Move 3 × S1');
    expect(format('Hello {name}', {})).toBe('Hello {name}');
  });

  it('follows the browser language by default', () => {
    expect(browserLang(['zh-TW', 'en'])).toBe('zh-CN');
    expect(browserLang(['de-DE', 'en-US'])).toBe('en');
  });
});
