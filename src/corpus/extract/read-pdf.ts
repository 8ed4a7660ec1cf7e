/**
 * A PDF file → an Article, through Mozilla's PDF.js (imported when the first PDF is read, as the HTML
 * extractors are): its Info title and date, and its text made Markdown by pdf-text.ts. A PDF with no
 * text layer (a scan), an encrypted one or one that is not a PDF is refused, saying which.
 */
import { UserError } from '../../errors.ts';
import type { Article, ExtractSource } from './extract-article.ts';
import { pdfBody, pdfDate, pdfTitle, type PdfTextRun } from './pdf-text.ts';

/** Pages read at most: a statement or a report, not a book (which would hold the bot's event loop). */
export const MAX_PDF_PAGES = 300;

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

/** The article a PDF holds; less text than `minChars` is no article. */
export async function extractPdf(source: ExtractSource, minChars: number): Promise<Article> {
  const refuse = (reason: string) => new UserError('NOT_AN_ARTICLE', { source: source.location, reason });
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // PDF.js takes the buffer it is given: a copy leaves the caller's bytes whole.
  const task = pdfjs.getDocument({ data: new Uint8Array(source.bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw refuse('the PDF is protected by a password');
    throw refuse(`it could not be read as a PDF (${(error as Error).message})`);
  }
  try {
    const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as { info: Record<string, unknown> };
    const text = (key: string) => (typeof info[key] === 'string' ? (info[key] as string) : null);
    const pages: PdfTextRun[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        (content.items as TextItemLike[]).flatMap((item) => {
          const t = item.transform;
          if (typeof item.str !== 'string' || !t) return [];
          // The font size is the text matrix's vertical scale (rotated text is rare in a statement).
          return [{ text: item.str, x: t[4]!, y: t[5]!, width: item.width ?? 0, size: Math.hypot(t[2]!, t[3]!) || 1 }];
        }),
      );
      page.cleanup();
    }
    const body = pdfBody(pages);
    const plain = body.markdown.replace(/\s+/g, ' ').trim();
    if (plain.length < minChars) {
      throw refuse(plain.length === 0 ? 'the PDF holds no text, only images (a scan?): add the text as a .txt or .md file' : `the text found is too short (${plain.length} characters)`);
    }
    const infoTitle = pdfTitle({ title: text('Title'), created: null, author: null });
    const title = infoTitle ?? body.firstHeading ?? source.location.replace(/^.*\//, '').replace(/\.pdf$/i, '');
    // The heading that is the title is the document's title line, not a section of its body.
    const markdown = body.firstHeading && body.firstHeading === title ? body.markdown.replace(/^## [^\n]*\n*/, '') : body.markdown;
    return {
      title,
      date: pdfDate(text('CreationDate')),
      url: source.isUrl ? source.location : null,
      publisher: null,
      body: markdown,
      format: 'markdown',
    };
  } finally {
    await doc.destroy();
  }
}
