// Uploaded CSV bytes to text (finding M9): Chinese Excel saves GBK, and a file read as UTF-8
// became mojibake without a word. The charset parameter decides when given; without one, UTF-8
// (or UTF-16 by its BOM) is tried first, then GB18030, which GBK is a part of. A file that is
// none of them is refused with 422 and the first line that cannot be read.
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';

const LF = 0x0a;

export function decodeUpload(bytes: Buffer, contentType: string | undefined): string {
  const charset = /;\s*charset="?([^";\s]+)"?/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset) return decodeStrict(bytes, charset);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes, 'utf-16be');
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return utf8;
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return gb;
  throw unreadable(bytes, 'utf-8', 'UTF-8 (or GBK)');
}

function decodeStrict(bytes: Buffer, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new ApiError(
      415,
      ErrorCode.UNSUPPORTED_MEDIA_TYPE,
      `Unknown charset ${charset.slice(0, 40)}; send UTF-8 or GBK`,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw unreadable(bytes, charset, charset);
  }
}

function tryDecode(bytes: Buffer, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** 422 naming the first line that does not decode (LF never occurs inside a UTF-8 or GBK char). */
function unreadable(bytes: Buffer, charset: string, label: string): ApiError {
  let line = 1;
  let start = 0;
  const single = !charset.startsWith('utf-16');
  while (single && start <= bytes.length) {
    const end = bytes.indexOf(LF, start);
    const stop = end < 0 ? bytes.length : end;
    if (tryDecode(bytes.subarray(start, stop), charset) === null) break;
    if (end < 0) break;
    line += 1;
    start = end + 1;
  }
  return new ApiError(
    422,
    ErrorCode.IMPORT_INVALID,
    `Line ${line} is not valid ${label} text; save the file as UTF-8 CSV. Nothing was imported`,
    { rows: [{ line, message: `not valid ${label}` }] },
  );
}
