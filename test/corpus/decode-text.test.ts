import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decode-text.ts';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('GIVEN UTF-8 with a BOM, accents and a few control characters THEN it is text, without the BOM', () => {
    expect(decodeText(bytes('\uFEFFCafé — “ok”.\f\u0007 Next.'))).toEqual({ text: 'Café — “ok”.\f\u0007 Next.' });
  });

  it('GIVEN a NUL byte THEN binary', () => {
    expect(decodeText(new Uint8Array([0x41, 0x00, 0x42]))).toEqual({ reason: 'binary (contains NUL bytes)' });
  });

  it('GIVEN Latin-1 bytes that are not valid UTF-8 THEN not UTF-8', () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({ reason: 'binary or not UTF-8 (invalid UTF-8 bytes)' });
  });

  it('GIVEN mostly control characters THEN binary', () => {
    expect(decodeText(bytes('\u0001\u0002\u0003abc'))).toEqual({ reason: 'binary (50% control characters)' });
  });

  it('GIVEN a UTF-16 byte-order mark THEN a reason that says how to fix it', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toEqual({ reason: 'UTF-16 text; save it as UTF-8' });
  });
});
