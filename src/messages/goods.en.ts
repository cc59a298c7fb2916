// Goods rules in English: shelf life at receiving and putaway, the lot read against the lot the
// receipt announced (docs/receiving.md R9–R12). goods.zh-CN.ts has the same keys.

export const goodsEn = {
  'receive.reason.short_dated': 'Short-dated',
  'goods.expiredTitle': 'Expired on {expiry}',
  'goods.shortDatedTitle': 'Only {days} days left (expires {expiry}); {min} needed',
  'goods.decideWhat': '{qty} × {sku}, lot {lot}. Receive it into quarantine or refuse it?',
  'goods.decideTold': 'A supervisor is told either way.',
  'goods.toQuarantine': 'Receive to quarantine',
  'goods.refuse': 'Refuse',
  'goods.refused': 'Refused {qty} × {sku}; a supervisor is told',
  'goods.warnExpired': 'Expired {expiry}; a supervisor is told',
  'goods.warnShortDated': 'Short-dated ({days} days left); a supervisor is told',
  'goods.warnLotOther':
    'Lot {read} is not the announced {announced}; recorded as {read}, a supervisor is told',
  'goods.announced': 'Announced: {what}',
  'goods.notPickFace':
    '{sku} lot {lot} is expired or short-dated: a supervisor decides where it goes.',
} as const;

export type GoodsKey = keyof typeof goodsEn;
