// Wedge text: AIM prefixes stripped and kept, every common GS spelling made GS.
import { describe, expect, it } from 'vitest';
import { GS, normalizeWedgeText } from '../../../src/scan/wedge/wedge-text.ts';

const want = `0109501101530003${GS}10AB-12${GS}17270331`;

describe('wedge text', () => {
  it.each([
    ['control', `0109501101530003${GS}10AB-12${GS}17270331`],
    ['symbol', '0109501101530003␝10AB-12␝17270331'],
    ['angle', '0109501101530003<GS>10AB-12<gs>17270331'],
    ['bracket', '0109501101530003[GS]10AB-12{GS}17270331'],
    ['caret', '0109501101530003^]10AB-12^]17270331'],
    ['tilde', '0109501101530003~110AB-12~117270331'],
  ] as const)('GS sent as %s', (encoding, raw) => {
    expect(normalizeWedgeText(raw)).toEqual({ text: want, gs: [encoding] });
  });

  it('GS from a key (F8, Ctrl+]) is reported as a key', () => {
    expect(normalizeWedgeText(`01095011015300031${GS}`, '', true).gs).toEqual(['key']);
  });

  it("the site's substitute character", () => {
    expect(normalizeWedgeText('0109501101530003|10AB-12|17270331', '|')).toEqual({
      text: want,
      gs: ['substitute'],
    });
  });

  it.each([
    [']C1', ']C10109501101530003~110AB-12', `0109501101530003${GS}10AB-12`],
    [']d2', `]d20109501101530003${GS}10AB-12`, `0109501101530003${GS}10AB-12`],
    [']Q3', ']Q30109501101530003<GS>10AB-12', `0109501101530003${GS}10AB-12`],
    [']E0', ']E05901234123457', '5901234123457'],
    [']e0', ']e00109501101530003', '0109501101530003'],
  ])('AIM prefix %s is stripped and kept', (aim, raw, text) => {
    expect(normalizeWedgeText(raw)).toMatchObject({ symbology: aim, text });
  });

  it('a tilde in a warehouse code stays', () => {
    expect(normalizeWedgeText('BOX~1').text).toBe('BOX~1');
  });

  it('a leading FNC1 spelled as text becomes GS', () => {
    expect(normalizeWedgeText('<GS>0109501101530003').text).toBe(`${GS}0109501101530003`);
    expect(normalizeWedgeText('~10109501101530003').text).toBe(`${GS}0109501101530003`);
  });

  it('plain codes pass unchanged', () => {
    expect(normalizeWedgeText('A-01-1')).toEqual({ text: 'A-01-1', gs: [] });
    expect(normalizeWedgeText('5901234123457')).toEqual({ text: '5901234123457', gs: [] });
  });
});
