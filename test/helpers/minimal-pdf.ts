/**
 * A small, valid PDF written from scratch for the tests (no generator library): pages of text lines
 * in Helvetica at given positions and sizes, and an Info dictionary. Enough for what a text
 * extractor reads; ASCII text only.
 */
import { deflateSync } from 'node:zlib';
export interface PdfLine {
  text: string;
  x?: number;
  y: number;
  size?: number;
}

export interface PdfSpec {
  pages: PdfLine[][];
  info?: Record<string, string>;
  /**
   * Encrypted with the standard security handler (RC4, revision 2) under a user password that is not
   * the empty one: a reader without the password cannot open it. Only the dictionary is written (the
   * content is left as it is): a reader asks for the password before it reads any content.
   */
  passwordProtected?: boolean;
  /**
   * The first page's content compressed twice (FlateDecode on FlateDecode) with about this many spaces
   * after it — whitespace to a reader, so the text is the same — as a hostile file's: 1 GB of spaces
   * is 13 KB.
   */
  unpackedSpaces?: number;
}

const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function minimalPdf(spec: PdfSpec): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 0;
  // 1: catalog, 2: pages, 3: font; then per page a page object and its content stream; last: info.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const [n, lines] of spec.pages.entries()) {
    const content = ['BT', ...lines.map((l) => `/F1 ${l.size ?? 11} Tf 1 0 0 1 ${l.x ?? 72} ${l.y} Tm (${escape(l.text)}) Tj`), 'ET'].join('\n');
    const pageNumber = objects.length + 1;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNumber + 1} 0 R >>`);
    add(n === 0 && spec.unpackedSpaces !== undefined ? packedStream(content, spec.unpackedSpaces) : `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(pageNumber);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoNumber = spec.info ? objects.length + 1 : 0;
  if (spec.info) add(`<< ${Object.entries(spec.info).map(([k, v]) => `/${k} (${escape(v)})`).join(' ')} >>`);

  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  // A /U of 32 bytes that is no encryption of the padding under the empty password: the empty
  // password is wrong, as is the owner check against /O.
  const encrypt = spec.passwordProtected ? ` /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >> /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${infoNumber ? ` /Info ${infoNumber} 0 R` : ''}${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function packedStream(content: string, spaces: number): string {
  // Bytes as latin1 characters, one for one, as the file is written.
  const packed = deflateSync(zlibWithSpaces(Buffer.from(`${content}\n`, 'latin1'), spaces), { level: 9 }).toString('latin1');
  return `<< /Length ${packed.length} /Filter [/FlateDecode /FlateDecode] >>\nstream\n${packed}\nendstream`;
}

/**
 * A zlib stream of `text` (ASCII) and then at least `spaces` spaces, written by hand — a compressor
 * would have to read the gigabyte — as one fixed-Huffman block: the text and a space as literals,
 * then copies of 258 bytes from 1 back, eight of which fill 13 bytes.
 */
function zlibWithSpaces(text: Buffer, spaces: number): Buffer {
  const bits: number[] = [];
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >> i) & 1); // Huffman codes go most significant bit first
  };
  const bytes = () => {
    const out = Buffer.alloc(Math.ceil(bits.length / 8));
    bits.forEach((bit, i) => (out[i >> 3]! |= bit << (i & 7)));
    bits.length = 0;
    return out;
  };
  const copy = () => {
    code(0b11000101, 8); // length 258
    code(0, 5); // distance 1
  };
  bits.push(1, 1, 0); // the last block, fixed codes (BTYPE 01, least significant bit first)
  for (const byte of [...text, 0x20]) code(0x30 + byte, 8); // a literal below 144
  copy(); // 3 + 8 (n + 1) + 13 bits: whole bytes
  const head = bytes();
  for (let i = 0; i < 8; i++) copy();
  const eight = bytes();
  code(0, 7); // end of block
  const tail = bytes();
  const groups = Math.max(0, Math.ceil((spaces - 259) / (8 * 258)));
  const total = 1 + 258 * (1 + 8 * groups);
  // Adler-32 of the text, then of `total` spaces at once.
  let a = 1n;
  let b = 0n;
  for (const byte of text) {
    a = (a + BigInt(byte)) % 65521n;
    b = (b + a) % 65521n;
  }
  const n = BigInt(total);
  b = (b + n * a + (32n * n * (n + 1n)) / 2n) % 65521n;
  a = (a + 32n * n) % 65521n;
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(Number((b << 16n) | a));
  return Buffer.concat([Buffer.from([0x78, 0x01]), head, Buffer.alloc(13 * groups).fill(eight), tail, adler]);
}

/** A three-page statement as an office program exports it: running head, page numbers, title, a heading, wrapped paragraphs. */
export function statementPages(): PdfLine[][] {
  const head = (n: number): PdfLine[] => [
    { text: 'US-Mexico Security Dialogue', y: 760, size: 9 },
    { text: `Page ${n} of 3`, y: 40, size: 9 },
  ];
  return [
    [
      ...head(1),
      { text: 'Joint statement on security cooperation', y: 700, size: 18 },
      { text: 'Officials of both countries met in Washington on Tuesday to review their coopera-', y: 660 },
      { text: 'tion against the cartels that traffic fentanyl and firearms across the border.', y: 646 },
      { text: 'Both delegations agreed to share the tracing of seized firearms every week.', y: 632 },
      { text: 'The next meeting will take place in Mexico City in the first week of March.', y: 604 },
      { text: 'Mexico reaffirmed that it does not accept the presence of foreign troops on its', y: 90 },
    ],
    [
      ...head(2),
      { text: 'territory, and the United States said it respects that decision.', y: 720 },
      { text: 'Next steps', y: 680, size: 14 },
      { text: '- A joint unit on cartel finances will open in Monterrey.', y: 650 },
      { text: '- Forty analysts from both countries will staff it from April.', y: 636 },
    ],
    [...head(3), { text: 'The statement was issued by both foreign ministries on Wednesday evening.', y: 720 }],
  ];
}
