// 收货行的序列号进度（简体中文）：已到的预告序列号、仍缺的和未预告的。键与 serials.en.ts 相同。
import type { SerialsKey } from './serials.en.ts';

export const serialsZhCN: Record<SerialsKey, string> = {
  'serials.ofAnnounced': '序列号：预告 {of} 个，已到 {got} 个',
  'serials.unexpected': '{count} 个未预告',
  'serials.missing': '缺少：{serials}',
};
