/**
 * A Word document (.docx) → an Article: mammoth (the docx → HTML converter) gives its text as HTML —
 * headings by their Word styles, paragraphs, lists, tables — made corpus Markdown as a web page's is
 * (dom-to-markdown.ts); its title and date from the file's core properties (docProps/core.xml), else
 * its first heading. mammoth, JSZip and linkedom are imported at the first .docx, as the other
 * extractors are. A file that is no .docx (an old binary .doc renamed, a damaged zip) is refused.
 */
import { UserError } from '../../errors.ts';
import { normaliseDate } from '../normalise-date.ts';
import { domToMarkdown, type DomNode } from './dom-to-markdown.ts';
import type { Article, ExtractSource } from './extract-article.ts';
import { propertiesTitle } from './properties-title.ts';

/** The text of a core-properties element ("dc:title"), entities decoded; null when absent or empty. */
function coreProperty(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  if (!match) return null;
  const text = match[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&')
    .trim();
  return text || null;
}

/** The article a .docx holds; less text than `minChars` is no article. */
export async function extractDocx(source: ExtractSource, minChars: number): Promise<Article> {
  const refuse = (reason: string) => new UserError('NOT_AN_ARTICLE', { source: source.location, reason });
  const [{ default: JSZip }, { default: mammoth }, { parseHTML }] = await Promise.all([import('jszip'), import('mammoth'), import('linkedom')]);
  let core: string;
  try {
    const zip = await JSZip.loadAsync(source.bytes);
    if (!zip.file('word/document.xml')) throw new Error('no word/document.xml');
    core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  } catch {
    throw refuse('it could not be read as a Word document (.docx; an older .doc must be saved as .docx first)');
  }
  let html: string;
  try {
    // Word's own "Title" style is the document's headline; mammoth leaves it a paragraph by default.
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(source.bytes) }, { styleMap: ["p[style-name='Title'] => h1:fresh"] })).value;
  } catch (error) {
    throw refuse(`it could not be read as a Word document (${(error as Error).message})`);
  }
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const firstHeading = document.querySelector('h1, h2')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = propertiesTitle(coreProperty(core, 'dc:title')) ?? firstHeading ?? source.location.replace(/^.*\//, '').replace(/\.docx$/i, '');
  const body = domToMarkdown(document.body as unknown as DomNode, { title });
  const plain = body.replace(/\s+/g, ' ').trim();
  if (plain.length < minChars) throw refuse(plain.length === 0 ? 'the document holds no text' : `the text found is too short (${plain.length} characters)`);
  const created = coreProperty(core, 'dcterms:created');
  return { title, date: created ? normaliseDate(created) : null, url: source.isUrl ? source.location : null, publisher: null, body, format: 'markdown' };
}
