/**
 * What mammoth (the docx → HTML converter) makes of a Word document: its body as HTML — headings by
 * their Word styles, the "Title" style the headline — and its core properties (docProps/core.xml).
 * Runs in the docx worker (docx-worker.ts), not on the thread that answers. A file that is no .docx
 * (an old binary .doc renamed, a damaged zip) comes back as the reason, not as a throw.
 */
import type { Refused } from './read-in-worker.ts';

export type DocxHtml = { html: string; core: string } | Refused;

export async function readDocxHtml(bytes: Uint8Array): Promise<DocxHtml> {
  const [{ default: JSZip }, { default: mammoth }] = await Promise.all([import('jszip'), import('mammoth')]);
  let core: string;
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file('word/document.xml')) throw new Error('no word/document.xml');
    core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  } catch {
    return { refused: 'it could not be read as a Word document (.docx; an older .doc must be saved as .docx first)' };
  }
  try {
    // Word's own "Title" style is the document's headline; mammoth leaves it a paragraph by default.
    const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='Title'] => h1:fresh"] });
    return { html: value, core };
  } catch (error) {
    return { refused: `it could not be read as a Word document (${(error as Error).message})` };
  }
}
