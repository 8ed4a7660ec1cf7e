/**
 * A Word document (.docx) → an Article: mammoth reads it on a worker thread of its own (docx-html.ts,
 * within the limits of read-in-worker.ts), and its HTML is made corpus Markdown as a web page's is
 * (dom-to-markdown.ts, over linkedom); title and date from its core properties, else its headline.
 */
import { fileArticle, notAnArticle } from './file-article.ts';
import { decodeEntities } from '../inline-markdown.ts';
import { normaliseDate } from '../normalise-date.ts';
import type { DocxHtml } from './docx-html.ts';
import { domToMarkdown, type DomNode } from './dom-to-markdown.ts';
import type { Article, ExtractSource } from './extract-article.ts';
import { propertiesTitle } from './properties-title.ts';
import { DEFAULT_READ_LIMITS, readInWorker, type ReadLimits, type Refused } from './read-in-worker.ts';

/** The text of a core-properties element ("dc:title"), entities decoded; null when absent or empty. */
function coreProperty(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  if (!match) return null;
  return decodeEntities(match[1]!).trim() || null;
}

/** The article a .docx holds; less text than `minChars` is no article. */
export async function extractDocx(source: ExtractSource, minChars: number, limits: ReadLimits = DEFAULT_READ_LIMITS): Promise<Article> {
  const read = await readInWorker<Exclude<DocxHtml, Refused>>('./docx-worker', source.bytes, limits);
  if ('refused' in read) throw notAnArticle(source, read.refused);
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(`<!doctype html><html><body>${read.html}</body></html>`);
  const firstHeading = document.querySelector('h1, h2')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const title = propertiesTitle(coreProperty(read.core, 'dc:title')) ?? firstHeading;
  const body = domToMarkdown(document.body as unknown as DomNode, { title: title ?? '' });
  const created = coreProperty(read.core, 'dcterms:created');
  return fileArticle(source, minChars, { title, date: created ? normaliseDate(created) : null, body, noText: 'the document holds no text' });
}
