/**
 * A small, valid PDF written from scratch for the tests (no generator library): pages of text lines
 * in Helvetica at given positions and sizes, and an Info dictionary. Enough for what a text
 * extractor reads; ASCII text only.
 */
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
  for (const lines of spec.pages) {
    const content = ['BT', ...lines.map((l) => `/F1 ${l.size ?? 11} Tf 1 0 0 1 ${l.x ?? 72} ${l.y} Tm (${escape(l.text)}) Tj`), 'ET'].join('\n');
    const pageNumber = objects.length + 1;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNumber + 1} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
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
