/** Word documents (.docx) → corpus Markdown, through the real mammoth on .docx files written by test/helpers/minimal-docx.ts. */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/corpus/extract/extract-article.ts';
import { extractDocx } from '../../../src/corpus/extract/read-docx.ts';
import { minimalDocx, STATEMENT_PARAGRAPHS } from '../../helpers/minimal-docx.ts';

const source = (bytes: Buffer, over: { location?: string; isUrl?: boolean } = {}) => ({ kind: 'docx' as const, bytes, location: 'statement.docx', isUrl: false, ...over });

describe('a Word document', () => {
  test('GIVEN a statement with a placeholder title property THEN its Title-style headline is the title, its creation day the date, and its heading, list and paragraphs Markdown', async () => {
    const article = await extractArticle(source(await minimalDocx(STATEMENT_PARAGRAPHS, { title: 'Microsoft Word - statement.docx', created: '2026-01-14T18:00:00Z' })));
    expect(article).toEqual({
      title: 'Joint statement on security cooperation',
      date: '2026-01-14',
      url: null,
      publisher: null,
      format: 'markdown',
      body: [
        'Officials of both countries met in Washington on Tuesday to review their cooperation against the cartels that traffic fentanyl and firearms across the border.',
        'Both delegations agreed to share the tracing of seized firearms every week, and to meet again in Mexico City in the first week of March.',
        '## Next steps',
        '- A joint unit on cartel finances will open in Monterrey.\n- Forty analysts from both countries will staff it from April.',
        'Mexico reaffirmed that it does not accept the presence of foreign troops on its territory, & the United States said it respects that decision.',
      ].join('\n\n'),
    });
  });

  test('GIVEN a title property THEN it is the title; GIVEN a link THEN it is the source', async () => {
    const article = await extractArticle(source(await minimalDocx(STATEMENT_PARAGRAPHS, { title: 'Security dialogue & the border' }), { location: 'https://gob.example/statement.docx', isUrl: true }));
    expect(article.title).toBe('Security dialogue & the border');
    expect(article.url).toBe('https://gob.example/statement.docx');
    expect(article.date).toBeNull();
  });

  test.each([
    ['an old binary .doc renamed', async () => Buffer.from('\xd0\xcf\x11\xe0 an OLE2 file', 'latin1'), /could not be read as a Word document \(\.docx; an older \.doc must be saved as \.docx first\)/],
    ['a zip that is no Word document', async () => new JSZip().file('readme.txt', 'hello').generateAsync({ type: 'nodebuffer' }), /could not be read as a Word document/],
    ['an empty document', () => minimalDocx([]), /the document holds no text/],
  ])('GIVEN %s THEN it is refused saying why', async (_name, bytes, reason) => {
    await expect(extractArticle(source(await bytes()))).rejects.toMatchObject({ code: 'NOT_AN_ARTICLE', message: expect.stringMatching(reason) });
  });

  test('GIVEN a Word document needing more time than allowed THEN its reading (on its own thread) is stopped and it is refused saying so', async () => {
    await expect(extractDocx(source(await minimalDocx(STATEMENT_PARAGRAPHS)), 100, { timeoutMs: 1, heapMb: 512, growthMb: 1024 })).rejects.toMatchObject({
      code: 'NOT_AN_ARTICLE',
      message: expect.stringMatching(/reading it took longer than 0.001 s/),
    });
  });
});
