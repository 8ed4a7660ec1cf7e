/**
 * File bytes → text, or the reason they are not a document we can quote. Decided on the bytes
 * rather than the extension: a .txt can be a renamed PDF, a Word file or UTF-16 from Notepad.
 */

/** More than this share of control characters means the file is not prose, whatever its name. */
const MAX_CONTROL_RATIO = 0.05;

/** UTF-8 text, or why the bytes are not a document we can quote. */
export function decodeText(bytes: Uint8Array): { text: string } | { reason: string } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { reason: 'UTF-16 text; save it as UTF-8' };
  if (bytes.includes(0)) return { reason: 'binary (contains NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { reason: 'binary or not UTF-8 (invalid UTF-8 bytes)' };
  }
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  if (text.length > 0 && controls / text.length > MAX_CONTROL_RATIO) {
    return { reason: `binary (${Math.round((100 * controls) / text.length)}% control characters)` };
  }
  return { text };
}
