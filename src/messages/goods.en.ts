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
  'op.stock.release': 'Release {qty} × {sku} {from} → {to}',
  'release.atFrom':
    '{location} is quarantine: its stock goes only to quarantine unless a supervisor releases it.',
  'release.held': '{from} is quarantine. Only a supervisor can release {sku} to {to}.',
  'release.ask': 'Release {qty} × {sku} from quarantine {from} to {to}?',
  'release.reason': 'Why may it be used again? (required)',
  'release.needReason': 'Say why it is released (at least 3 characters).',
  'release.confirm': 'Release {qty}',
  'release.cancel': 'Cancel',
  'release.done': 'Released {qty} × {sku} to {to}',
  'error.QUARANTINE_HELD':
    'Quarantined stock goes to another location only through a supervisor’s release.',
  'error.NOT_IN_QUARANTINE': 'Only stock in a quarantine location can be released.',
} as const;

export type GoodsKey = keyof typeof goodsEn;
