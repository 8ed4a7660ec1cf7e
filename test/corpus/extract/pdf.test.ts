/**
 * PDF text → corpus Markdown: the pure reconstruction (pdf-text.ts) on runs as PDF.js gives them, and
 * the real PDF.js reading real PDF files written by test/helpers/minimal-pdf.ts.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/corpus/extract/extract-article.ts';
import { extractPdf } from '../../../src/corpus/extract/read-pdf.ts';
import { DEFAULT_READ_LIMITS, readInWorker } from '../../../src/corpus/extract/read-in-worker.ts';
import { pdfBody, pdfDate, type PdfTextRun } from '../../../src/corpus/extract/pdf-text.ts';
import { propertiesTitle } from '../../../src/corpus/extract/properties-title.ts';
import { segmentDocument } from '../../../src/corpus/segment-document.ts';
import { parseDocument } from '../../../src/corpus/parse-document.ts';
import { minimalPdf, statementPages } from '../../helpers/minimal-pdf.ts';

/** Runs of Helvetica-ish width (0.5 em a character) on lines 14 points apart. */
const run = (text: string, y: number, size = 11, x = 72): PdfTextRun => ({ text, x, y, width: text.length * size * 0.5, size });

describe('pdfBody', () => {
  test('GIVEN runs of one line THEN one line, spaced where the runs are apart, joined where they touch', () => {
    const runs = [run('Officials', 650), run('met', 650 - 0.5, 11, 72 + 9 * 5.5 + 3), run('on Tues', 650, 11, 144), run('day.', 650, 11, 144 + 7 * 5.5)];
    expect(pdfBody([runs]).markdown).toBe('Officials met on Tuesday.');
  });

  test('GIVEN a short line ending a sentence THEN its paragraph ends there; GIVEN a word broken at a line end THEN it is whole again', () => {
    const long = 'The harbour of Veracruz reopened on Thursday after the storm had closed it for';
    const page = [run(long, 700), run('nine days. Pilots said', 686), run('the channel is clear.', 672), run('Ships waited at anchor in the bay of Vera-', 658), run('cruz for most of the week and longer than that.', 644)];
    expect(pdfBody([page]).markdown).toBe(`${long} nine days. Pilots said the channel is clear.\n\nShips waited at anchor in the bay of Veracruz for most of the week and longer than that.`);
  });
});

describe('pdfBody with columns', () => {
  test('GIVEN a headline across two columns THEN the headline, then the left column, then the right, a sentence going on from one to the other whole', () => {
    const left = ['The harbour of Veracruz reopened', 'on Thursday after the storm had', 'closed it for nine days. Pilots', 'said the channel was clear and'];
    const right = ['that eleven ships had waited at', 'anchor outside the breakwater.', 'The port authority thanked the', 'crews for their patience.'];
    const page = [
      run('Harbour reopens after the storm', 740, 18),
      ...left.map((text, i) => run(text, 700 - 14 * i, 11, 72)),
      ...right.map((text, i) => run(text, 700 - 14 * i, 11, 330)),
    ];
    expect(pdfBody([page]).markdown).toBe(
      '## Harbour reopens after the storm\n\n' +
        'The harbour of Veracruz reopened on Thursday after the storm had closed it for nine days. Pilots said the channel was clear and that eleven ships had waited at anchor outside the breakwater. The port authority thanked the crews for their patience.',
    );
  });

  test('GIVEN one column of ragged lines THEN no column is found in it', () => {
    const lines = ['Officials met in Washington on Tuesday to review their', 'cooperation against the cartels.', 'Both delegations agreed to share the tracing of seized', 'firearms every week, they said on Wednesday in a joint', 'statement, and to meet again in March.', 'Mexico City will host the next round.'];
    expect(pdfBody([lines.map((text, i) => run(text, 700 - 14 * i))]).markdown).toBe(
      'Officials met in Washington on Tuesday to review their cooperation against the cartels.\n\nBoth delegations agreed to share the tracing of seized firearms every week, they said on Wednesday in a joint statement, and to meet again in March.\n\nMexico City will host the next round.',
    );
  });
});

describe('pdfDate and propertiesTitle', () => {
  test('GIVEN PDF dates THEN the day; GIVEN placeholders and file names as titles THEN none', () => {
    expect(pdfDate("D:20260114093000+01'00'")).toBe('2026-01-14');
    expect(pdfDate('D:20261399')).toBeNull();
    expect(pdfDate(null)).toBeNull();
    expect(propertiesTitle(' Joint  statement ')).toBe('Joint statement');
    for (const title of ['Untitled', 'Microsoft Word - statement.docx', 'statement_final_v2.docx', '', null]) expect(propertiesTitle(title)).toBeNull();
  });
});

describe('a PDF read with PDF.js', () => {
  const source = (bytes: Buffer) => ({ kind: 'pdf' as const, bytes, location: 'joint-statement.pdf', isUrl: false });

  test('GIVEN a three-page statement THEN its title and date, paragraphs whole across lines and pages, its heading and list, no running head or page numbers', async () => {
    const article = await extractArticle(source(minimalPdf({ pages: statementPages(), info: { Title: 'Microsoft Word - statement.docx', CreationDate: 'D:20260114180000Z' } })));
    expect(article.title).toBe('Joint statement on security cooperation');
    expect(article.date).toBe('2026-01-14');
    expect(article.url).toBeNull();
    expect(article.format).toBe('markdown');
    expect(article.body).toBe(
      [
        'Officials of both countries met in Washington on Tuesday to review their cooperation against the cartels that traffic fentanyl and firearms across the border. Both delegations agreed to share the tracing of seized firearms every week.',
        'The next meeting will take place in Mexico City in the first week of March.',
        'Mexico reaffirmed that it does not accept the presence of foreign troops on its territory, and the United States said it respects that decision.',
        '## Next steps',
        '- A joint unit on cartel finances will open in Monterrey.',
        '- Forty analysts from both countries will staff it from April.',
        'The statement was issued by both foreign ministries on Wednesday evening.',
      ].join('\n\n'),
    );
    // The corpus reads it back as sentences, the one cut by the page break whole.
    const sentences = segmentDocument(parseDocument('joint-statement.md', `# ${article.title}\n\n${article.body}\n`, '')).sentences.map((s) => s.text);
    expect(sentences).toContain('Mexico reaffirmed that it does not accept the presence of foreign troops on its territory, and the United States said it respects that decision.');
  });

  test('GIVEN a PDF fetched from a link THEN the link is its source', async () => {
    const article = await extractArticle({ ...source(minimalPdf({ pages: statementPages() })), location: 'https://gob.example/statement.pdf', isUrl: true });
    expect(article.url).toBe('https://gob.example/statement.pdf');
    expect(article.title).toBe('Joint statement on security cooperation');
  });

  test('GIVEN neither a title property nor a headline THEN the file is named by its name', async () => {
    const lines = ['Officials of both countries met in Washington on Tuesday to review their cooperation.', 'Both delegations agreed to share the tracing of seized firearms every week from March.'];
    const article = await extractArticle(source(minimalPdf({ pages: [lines.map((text, i) => ({ text, y: 700 - 28 * i }))] })));
    expect(article.title).toBe('joint-statement');
    expect(article.body).toBe(lines.join(' '));
  });

  test('GIVEN an Info title THEN it is the title, and the first heading stays in the body', async () => {
    const article = await extractArticle(source(minimalPdf({ pages: statementPages(), info: { Title: 'Security dialogue: joint statement' } })));
    expect(article.title).toBe('Security dialogue: joint statement');
    expect(article.body.startsWith('## Joint statement on security cooperation\n\nOfficials')).toBe(true);
    expect(article.date).toBeNull();
  });

  test.each([
    ['a PDF with no text (a scan)', minimalPdf({ pages: [[]] }), /holds no text, only images \(a scan\?\)/],
    ['a PDF with a few words', minimalPdf({ pages: [[{ text: 'Draft', y: 700 }]] }), /too short \(5 characters\)/],
    ['bytes that are no PDF', Buffer.from('%PDF-1.7 this is not a PDF at all'), /could not be read as a PDF/],
    ['a PDF protected by a password', minimalPdf({ pages: statementPages(), passwordProtected: true }), /the PDF is protected by a password/],
  ])('GIVEN %s THEN it is refused saying why', async (_name, bytes, reason) => {
    await expect(extractArticle(source(bytes))).rejects.toMatchObject({ code: 'NOT_AN_ARTICLE', message: expect.stringMatching(reason) });
  });

  test.each([
    ['more time than allowed', { timeoutMs: 1, heapMb: 512, growthMb: 1024 }, /reading it took longer than 0.001 s/],
    ['more memory than allowed', { timeoutMs: 60_000, heapMb: 2, growthMb: 1024 }, /reading it needed more than 2 MB/],
  ])('GIVEN a PDF needing %s THEN its reading is stopped and the PDF refused saying so', async (_name, limits, reason) => {
    await expect(extractPdf(source(minimalPdf({ pages: statementPages() })), 400, limits)).rejects.toMatchObject({ code: 'NOT_AN_ARTICLE', message: expect.stringMatching(reason) });
  });

  test('GIVEN a PDF of 20 KB whose first page unpacks to 1 GB of spaces THEN its reading is stopped by the memory it gains, which the same statement without them stays within', async () => {
    // The heap limit alone let such a file grow the process by gigabytes: buffers are not heap.
    // 640 MB: reading a small PDF under tsx, which compiles on the worker, gains ~400 MB (25 MB compiled).
    const limits = { timeoutMs: 60_000, heapMb: 512, growthMb: 640 };
    const padded = minimalPdf({ pages: statementPages(), unpackedSpaces: 1024 ** 3 });
    expect(padded.length).toBeLessThan(30_000);
    await expect(extractPdf(source(padded), 400, limits)).rejects.toMatchObject({ code: 'NOT_AN_ARTICLE', message: expect.stringMatching(/reading it needed more than 640 MB of memory/) });
    const plain = await extractPdf(source(minimalPdf({ pages: statementPages(), unpackedSpaces: 0 })), 400, limits);
    expect(plain.body).toContain('Forty analysts from both countries will staff it from April.');
  });
});

describe('a reading worker that fails', () => {
  test('GIVEN a worker module that cannot start THEN "reading it failed", saying why; GIVEN one that ends without an answer THEN "stopped before it finished"', async () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    await expect(readInWorker('./no-such-worker', bytes, DEFAULT_READ_LIMITS)).resolves.toEqual({ refused: expect.stringMatching(/^reading it failed \(.*no-such-worker/) });
    // The helpers' own module, started as a worker, listens for nothing and ends at once.
    await expect(readInWorker('./read-in-worker', bytes, DEFAULT_READ_LIMITS)).resolves.toEqual({ refused: 'reading it stopped before it finished' });
  });
});
