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
};
