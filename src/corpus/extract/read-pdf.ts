/**
 * A PDF file → an Article: Mozilla's PDF.js reads it on a worker thread of its own (pdf-runs.ts), so
 * that a long or hostile file neither holds up the answers nor outlives its limits — time, and the
 * worker's heap — and pdf-text.ts makes its text Markdown. A PDF with no text layer (a scan), a
 * protected or a damaged one, or one past the limits, is refused saying which.
 */
import { UserError } from '../../errors.ts';
import { startModuleWorker } from '../../worker-thread.ts';
import type { Article, ExtractSource } from './extract-article.ts';
import type { PdfRuns } from './pdf-runs.ts';
import { pdfBody, pdfDate } from './pdf-text.ts';
import { propertiesTitle } from './properties-title.ts';

export interface PdfLimits {
  /** How long reading may take. */
  timeoutMs: number;
  /** The reading worker's heap. */
  heapMb: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { timeoutMs: 60_000, heapMb: 512 };

/** The article a PDF holds; less text than `minChars` is no article. */
export async function extractPdf(source: ExtractSource, minChars: number, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<Article> {
  const refuse = (reason: string) => new UserError('NOT_AN_ARTICLE', { source: source.location, reason });
  const read = await readInWorker(source.bytes, limits);
  if ('refused' in read) throw refuse(read.refused);
  const body = pdfBody(read.pages);
  const plain = body.markdown.replace(/\s+/g, ' ').trim();
  if (plain.length < minChars) {
    throw refuse(plain.length === 0 ? 'the PDF holds no text, only images (a scan?): add the text as a .txt or .md file' : `the text found is too short (${plain.length} characters)`);
  }
  const title = propertiesTitle(read.title) ?? body.firstHeading ?? source.location.replace(/^.*\//, '').replace(/\.pdf$/i, '');
  // The heading that is the title is the document's title line, not a section of its body.
  const markdown = body.firstHeading && body.firstHeading === title ? body.markdown.replace(/^## [^\n]*\n*/, '') : body.markdown;
  return { title, date: pdfDate(read.created), url: source.isUrl ? source.location : null, publisher: null, body: markdown, format: 'markdown' };
}

function readInWorker(bytes: Uint8Array, limits: PdfLimits): Promise<PdfRuns> {
  return new Promise((resolve) => {
    const worker = startModuleWorker('./pdf-worker', import.meta.url, { resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
    let outcome: PdfRuns | null = null;
    const timer = setTimeout(() => {
      outcome ??= { refused: `reading it took longer than ${limits.timeoutMs / 1000} s` };
      void worker.terminate();
    }, limits.timeoutMs);
    worker.once('message', (runs: PdfRuns) => (outcome ??= runs));
    worker.once('error', (error: Error & { code?: string }) => {
      outcome ??= { refused: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `reading it needed more than ${limits.heapMb} MB` : `reading it failed (${error.message})` };
    });
    worker.once('exit', () => {
      clearTimeout(timer);
      resolve(outcome ?? { refused: 'reading it stopped before it finished' });
    });
    // A copy: the worker takes the buffer it is sent, and the caller keeps its own.
    const copy = new Uint8Array(bytes);
    worker.postMessage(copy, [copy.buffer]);
  });
}
