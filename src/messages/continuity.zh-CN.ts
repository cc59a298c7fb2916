// 现场连续性：拣货冲突后的交接、刷新后保留跳过的行、离线与服务器不可达、换班离线 PIN 登录、补货任务。
import type { continuityEn } from './continuity.en.ts';

export const continuityZhCN: Record<keyof typeof continuityEn, string> = {
  'pick.itemQty': '{qty} × {sku}',
  'pick.itemSep': '、',
  'pick.handoverGive': '请在打包区把 {items} 交给 {holder}。',
  'pick.handoverScan': '然后在那里扫描拣货单 {list}，确认交接。',
  'pick.handoverDone': '已交给 {holder}。这张单你无需再做什么。',
  'pick.handoverConfirmed': '拣货单 {list} 已确认交接给 {holder}。',
  'pick.handoverNone': '拣货单 {list} 没有需要交接的货。',
  'pick.collectTitle': '请从 {from} 处收取 {items}',
  'pick.collectBody': '在 {from} 交货并扫描拣货单之前，拣货单 {list} 还不能打包。',
  'pick.notReady': '{list} 的所有行已完成，但还不能打包。',
  'pick.lostAllBack': '你拣的货都不归 {holder}：请按下面的卡片放回货架。',
  'badge.unreachable': '服务器无法连接',
  'sync.state.unreachable':
    '本设备有网络，但服务器没有响应。你的扫描已保存，服务器恢复后会发送；如果持续，请告诉主管。',
  'signin.offlineWrong': '密码错误。无服务器时本设备还可再试 {tries} 次。',
  'signin.offline.unknown':
    '无法连接服务器，且 {user} 以前没有在本设备上登录过。第一次登录需要服务器。',
  'signin.offline.expired':
    '无法连接服务器，且 {user} 上次在本设备联网登录已太久。登录需要服务器。',
  'signin.offline.locked': '密码错误次数过多。没有服务器时本设备不能再让 {user} 登录。',
  'op.pick.handover': '交接拣货单 {list}',
};
