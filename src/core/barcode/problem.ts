// Builds the { code, params, message } records that errors and warnings share.
import type {
  BarcodeErrorCode,
  BarcodeParams,
  BarcodeProblem,
  BarcodeWarningCode,
} from './errors.ts';
import { barcodeMessagesEn, formatBarcodeMessage } from './messages-en.ts';

export const problem = <C extends BarcodeErrorCode | BarcodeWarningCode>(
  code: C,
  params: BarcodeParams = {},
): BarcodeProblem<C> => ({
  code,
  params,
  message: formatBarcodeMessage(barcodeMessagesEn[code], params),
});
