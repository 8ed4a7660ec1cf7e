/**
 * A PDF file → an Article: Mozilla's PDF.js reads it on a worker thread of its own (pdf-runs.ts), so
 * that a long or hostile file neither holds up the answers nor outlives its limits — time, and the
 * worker's heap — and pdf-text.ts makes its text Markdown. A PDF with no text layer (a scan), a
 * protected or a damaged one, or one past the limits, is refused saying which.
 */
import { fileArticle, notAnArticle } from './file-article.ts';
import type { Article, ExtractSource } from './extract-article.ts';
import type { PdfRuns } from './pdf-runs.ts';
import { DEFAULT_READ_LIMITS, readInWorker, type ReadLimits, type Refused } from './read-in-worker.ts';
import { pdfBody, pdfDate } from './pdf-text.ts';
import { propertiesTitle } from './properties-title.ts';

/** The article a PDF holds; less text than `minChars` is no article. */
export async function extractPdf(source: ExtractSource, minChars: number, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Article> {
  const read = await readInWorker<Exclude<PdfRuns, Refused>>('./pdf-worker', source.bytes, limits);
  if ('refused' in read) throw notAnArticle(source, read.refused);
  const body = pdfBody(read.pages);
  const title = propertiesTitle(read.title) ?? body.firstHeading;
  // The heading that is the title is the document's title line, not a section of its body.
  const markdown = body.firstHeading && body.firstHeading === title ? body.markdown.replace(/^## [^\n]*\n*/, '') : body.markdown;
  return fileArticle(source, minChars, { title, date: pdfDate(read.created), body: markdown, noText: 'the PDF holds no text, only images (a scan?): add the text as a .txt or .md file' });
}
