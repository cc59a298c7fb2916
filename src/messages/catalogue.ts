// Merges the per-task message files into one catalogue per language. A task's zh-CN file is
// typed against its en file, so a missing translation fails the type check.
import { en as core } from './en.ts';
import { zhCN as coreZh } from './zh-CN.ts';
import { receivingEn } from './receiving.en.ts';
import { receivingZhCN } from './receiving.zh-CN.ts';

const enAll = { ...core, ...receivingEn } as const;
export type MessageKey = keyof typeof enAll;

export const catalogues: Record<'en' | 'zh-CN', Record<MessageKey, string>> = {
  en: enAll,
  'zh-CN': { ...coreZh, ...receivingZhCN },
};
