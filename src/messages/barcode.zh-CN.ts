// 条码错误与警告的简体中文句子，键为 src/core/barcode/errors.ts 中的代码，占位符同英文版
// （AI 名称 {title} 是英文，这里只用 AI 编号）。
import type { BarcodeMessageCode } from '#core/barcode/errors.ts';

export const barcodeZhCN: Readonly<Record<BarcodeMessageCode, string>> = {
  EMPTY: '扫描内容为空',
  UNKNOWN_AI: '第 {position} 个字符处的 {ai} 不是有效的 GS1 应用标识符（AI）',
  INCOMPLETE_AI: '数据在 GS1 应用标识符中途结束：{ai}（第 {position} 个字符）',
  VALUE_MISSING: 'AI ({ai}) 没有数据',
  VALUE_TOO_SHORT: 'AI ({ai}) 的数据 {value} 太短：只有 {length} 个字符，至少需要 {min} 个',
  VALUE_TOO_LONG:
    'AI ({ai}) 的数据 {value} 太长：有 {length} 个字符，最多 {max} 个（是否缺少 GS 分隔符？）',
  NOT_DIGITS: 'AI ({ai}) 的数据 {value}：第 {position} 位的“{char}”不是数字',
  BAD_CHARACTER: 'AI ({ai}) 的数据 {value}：第 {position} 位的“{char}”不允许使用（{charset}）',
  CHECK_DIGIT: 'AI ({ai}) 的数据 {value}：校验位 {found} 错误，应为 {expected}',
  CHECK_CHARACTERS: 'AI ({ai}) 的数据 {value}：校验字符 {found} 错误，应为 {expected}',
  DATE_MONTH: 'AI ({ai}) 的日期 {value} 无效：没有 {month} 月',
  DATE_DAY: 'AI ({ai}) 的日期 {value} 无效：{year} 年 {month} 月没有 {day} 日',
  DATE_DAY_ZERO: 'AI ({ai}) 的日期 {value} 无效：此日期的日不能为 00',
  TIME_INVALID: 'AI ({ai}) 的数据 {value}：{time} 不是有效的时间',
  LINT_FAILED: 'AI ({ai}) 的数据 {value}：其中 {part} 未通过 GS1“{linter}”检查',
  DUPLICATE_AI: 'AI ({ai}) 出现两次且值不同：{first} 和 {second}',
  BRACKET_SYNTAX: '带括号的 GS1 文本在第 {position} 个字符处格式有误',
  DL_BAD_ENCODING: 'GS1 数字链接中的“{segment}”不是有效的百分号编码',
  DL_MISSING_VALUE: 'GS1 数字链接的路径中 AI ({ai}) 缺少值',
  DL_BAD_QUALIFIER: 'GS1 数字链接的路径中，({ai}) 不能作为主键 ({key}) 的限定符',
  GTIN_CHECK_DIGIT: '{symbol} {code}：校验位 {found} 错误，应为 {expected}',
  UPCE_NUMBER_SYSTEM: 'UPC-E {code}：数制位 {system} 无效（只能是 0 或 1）',
  UPCE_LENGTH: 'UPC-E {code}：共 {length} 位数字，应为 6、7 或 8 位',
  ITF_LENGTH:
    'ITF {code}：共 {length} 位数字，应为 {expected} 位；只读到了条码的一部分，请扫描完整条码',
  EAN_UPC_LENGTH:
    '{symbology} {code}：共 {length} 位数字，应为 13 位（UPC-E 为 8 位）；请把扫描枪设为以 13 位发送 UPC-A',
  COMPOSITE_COMPONENT:
    '{symbol} {code} 带有 GS1 复合码部分（{component}），本应用不读取；请只扫描一维条码，或在扫描枪上关闭复合码识读',
  UNKNOWN_BARCODE: '条码 {text} 不是已知的商品、库位或单据',
  UNKNOWN_GTIN: '找不到 GTIN 为 {gtin} 的商品',
  NO_ITEM_KEY: '这张 GS1 标签没有 GTIN 或 SSCC（{ais}）：请再扫描商品条码',
  LOOKUP_FAILED: '在主数据中查找条码失败：{reason}',
  INTERNAL: '内部错误，无法识别条码：{reason}',
  REQUIRED_AI_MISSING: 'AI ({ai}) 应与 {requires} 一起出现',
  AI_EXCLUDED: 'AI ({ai}) 与 AI ({other}) 不应同时出现',
  AI_REPEATED: 'AI ({ai}) 以相同的值出现了两次',
  DL_QUALIFIER_ORDER: 'GS1 数字链接：({ai}) 在主键 ({key}) 之后的顺序不对',
  DL_PARAM_IGNORED: 'GS1 数字链接：查询参数 {param} 不能用在这里，已忽略',
  MERGE_CONFLICT: '两张标签上的 AI ({ai}) 不一致：保留 {current}，忽略 {incoming}',
};
