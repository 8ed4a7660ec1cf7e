/**
 * What PDF.js reads of a PDF: its Info title and creation date, and each page's runs of text with
 * their positions (pdf-text.ts makes them Markdown). Runs in the PDF worker (pdf-worker.ts), not on
 * the thread that answers. A file PDF.js cannot open comes back as the reason, not as a throw.
 */
import type { PdfTextRun } from './pdf-text.ts';

/** Pages read at most: a statement or a report, not a book. */
export const MAX_PDF_PAGES = 300;

export type PdfRuns = { title: string | null; created: string | null; pages: PdfTextRun[][] } | { refused: string };

interface TextItemLike {
  str?: string;
  transform?: number[];
  width?: number;
}

export async function readPdfRuns(bytes: Uint8Array): Promise<PdfRuns> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    if ((error as Error).name === 'PasswordException') return { refused: 'the PDF is protected by a password' };
    return { refused: `it could not be read as a PDF (${(error as Error).message})` };
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
    return { title: text('Title'), created: text('CreationDate'), pages };
  } finally {
    await doc.destroy();
  }
}
