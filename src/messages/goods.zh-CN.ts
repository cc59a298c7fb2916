// 货品规则（简体中文）：收货与上架时的保质期、批号与预告批号的核对。键与 goods.en.ts 相同，类型检查保证不缺不多。
import type { GoodsKey } from './goods.en.ts';

export const goodsZhCN: Record<GoodsKey, string> = {
  'receive.reason.short_dated': '临期',
  'goods.expiredTitle': '已于 {expiry} 过期',
  'goods.shortDatedTitle': '仅剩 {days} 天（{expiry} 到期），要求至少 {min} 天',
  'goods.decideWhat': '{qty} × {sku}，批号 {lot}。收入隔离区还是拒收？',
  'goods.decideTold': '无论哪种，都会通知主管。',
  'goods.toQuarantine': '收入隔离区',
  'goods.refuse': '拒收',
  'goods.refused': '已拒收 {qty} × {sku}；已通知主管',
  'goods.warnExpired': '已于 {expiry} 过期；已通知主管',
  'goods.warnShortDated': '临期（剩 {days} 天）；已通知主管',
  'goods.warnLotOther': '批号 {read} 不是预告的 {announced}；按 {read} 记录，已通知主管',
  'goods.announced': '预告：{what}',
  'goods.notPickFace': '{sku} 批号 {lot} 已过期或临期：由主管决定去向。',
  'op.stock.release': '解除隔离 {qty} × {sku}：{from} → {to}',
  'release.atFrom': '{location} 是隔离区：这里的库存只能移到隔离区，除非主管解除隔离。',
  'release.held': '{from} 是隔离区。只有主管可以把 {sku} 解除隔离移到 {to}。',
  'release.ask': '把 {qty} × {sku} 从隔离区 {from} 解除隔离，移到 {to}？',
  'release.reason': '为什么可以重新使用？（必填）',
  'release.needReason': '请说明解除隔离的原因（至少 3 个字）。',
  'release.confirm': '解除隔离 {qty}',
  'release.cancel': '取消',
  'release.done': '已解除隔离 {qty} × {sku}，移到 {to}',
  'error.QUARANTINE_HELD': '隔离区的库存只有经主管解除隔离才能移到其他库位。',
  'error.NOT_IN_QUARANTINE': '只有隔离库位里的库存可以解除隔离。',
};
