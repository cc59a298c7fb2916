// Serial progress on a receipt line in English: announced serials that arrived, the ones still
// missing and the ones that were not announced. serials.zh-CN.ts has the same keys.

export const serialsEn = {
  'serials.ofAnnounced': 'Serials {got} of {of} announced',
  'serials.unexpected': '{count} not announced',
  'serials.missing': 'Missing: {serials}',
} as const;

export type SerialsKey = keyof typeof serialsEn;
