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
  'op.lot.hold': 'Hold lot {lot} of {sku}',
  'op.lot.unhold': 'Lift the hold on lot {lot} of {sku}',
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
  // Lots at the pick (K12 in docs/picking.md).
  'pick.lotToTake': 'Take lot {lot}',
  'pick.lotToTakeExpiry': 'Take lot {lot} · best before {expiry}',
  'pick.lotNoneOk': 'No lot here is fit to ship. Tell your supervisor.',
  'pick.lotNotHere': 'Lot {lot} is not at {location}. Here: {lots}. Scan the lot you hold.',
  'pick.lotNoneHere': 'Lot {lot} is not at {location}: the book has no lot of it here.',
  'pick.lotExpired':
    'Lot {lot} expired on {expiry}. Do not pick it: put it aside and tell your supervisor.',
  'pick.lotExpiredAsk': 'Lot {lot} expired on {expiry}. Take it anyway as a supervisor?',
  'pick.lotShortAsk': 'Lot {lot} has only {days} days left (best before {expiry}). Why take it?',
  'pick.lotNotFefoAsk': 'Take lot {take} first (best before {expiry}). Why lot {lot}?',
  'pick.lotSet': 'Lot {lot}: now scan {sku}.',
  'pick.lotChooseReason': 'Choose why you take this lot, or scan another lot label.',
  'pick.lotReasonTitle': 'Why this lot?',
  'pick.lotReason.fefo_not_reachable': 'Cannot reach the older lot',
  'pick.lotReason.fefo_damaged': 'Older lot is damaged',
  'pick.lotReason.customer_lot': 'Customer asked for this lot',
  'pick.lotReason.expired_override': 'Supervisor: take the expired lot',
  'console.kind.pick.wrong_lot': 'Lot not at the pick face',
  'console.kind.pick.expired_lot': 'Expired lot picked',
  'console.xs.pick.wrong_lot':
    '{user} picked {qty} × {sku} of lot {lot} from {location} for {list}, but the book has no such lot there.',
  'console.xs.pick.expired_lot':
    '{user} picked {qty} × {sku} of lot {lot} for {list}; it expired on {expiry}.',
  // Lot holds (Q2 in docs/receiving.md).
  'pick.lotHeld': 'Lot {lot} is on hold. Do not pick it: leave it and tell your supervisor.',
  'move.lotHeld': 'Lot {lot} of {sku} is on hold: it may go to quarantine only.',
  'error.LOT_HELD':
    'This lot is on hold: it may go to quarantine only, until a supervisor lifts the hold.',
  'console.kind.pick.held_lot': 'Held lot picked',
  'console.xs.pick.held_lot':
    '{user} picked {qty} × {sku} of lot {lot} for {list}, but the lot is on hold.',
} as const;

export type GoodsKey = keyof typeof goodsEn;
