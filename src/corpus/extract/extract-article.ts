/**
 * A fetched or attached document → an Article: its title, publication date, canonical URL,
 * publisher and body as corpus Markdown. A PDF goes through PDF.js (read-pdf.ts), a Word document
 * through mammoth (read-docx.ts), HTML through Mozilla's Readability (the Firefox Reader View
 * extractor) over linkedom, which keeps headings, paragraphs and lists and drops navigation, ads,
 * cookie banners and comments. Each is imported only when such a document is extracted, so the
 * serving bot does not carry them until a moderator adds one.
 */
import { UserError } from '../../errors.ts';
import type { DocumentMediaKind } from '../fetch/fetch-policy.ts';
import { decodeText } from '../decode-text.ts';
import { parseDocumentWithProblems } from '../parse-document.ts';
import { normaliseDate } from '../normalise-date.ts';
import { domToMarkdown, type DomNode } from './dom-to-markdown.ts';
import { extractDocx } from './read-docx.ts';
import { extractPdf } from './read-pdf.ts';

export type DocumentKind = DocumentMediaKind;

export interface Article {
  title: string;
  /** yyyy-mm-dd, when the page or file gives a readable one. */
  date: string | null;
  /** The canonical URL (rel=canonical, og:url), else where it was fetched from; null for a file. */
  url: string | null;
  publisher: string | null;
  /** The body in the corpus's format (Markdown or plain text), without front matter or title line. */
  body: string;
  /** The file format the body is written in. */
  format: 'markdown' | 'text';
}

/** Below this much text a page is a listing, a login wall or an error page, not an article. */
export const MIN_ARTICLE_CHARS = 400;
/** Below this much text a file (text, Markdown, PDF, Word) holds no article: a few words, a draft's title. */
const MIN_FILE_CHARS = MIN_ARTICLE_CHARS / 4;

export interface ExtractSource {
  kind: DocumentKind;
  bytes: Uint8Array;
  /** The charset the server named, for HTML. */
  charset?: string | null;
  /** Where it came from: the final URL of a fetch, or the attachment's file name. */
  location: string;
  /** True for a web page (its URL is the fallback canonical URL). */
  isUrl: boolean;
}

export async function extractArticle(source: ExtractSource): Promise<Article> {
  if (source.kind === 'html') return extractHtml(decodeHtml(source), source);
  // A file is what it is, as a text file is: no page around an article to tell from it.
  if (source.kind === 'pdf') return extractPdf(source, MIN_FILE_CHARS);
  if (source.kind === 'docx') return extractDocx(source, MIN_FILE_CHARS);
  const decoded = decodeText(source.bytes);
  if ('reason' in decoded) throw new UserError('NOT_AN_ARTICLE', { source: source.location, reason: decoded.reason });
  return articleFromText(decoded.text, source);
}

function decodeHtml(source: ExtractSource): string {
  const sniffed = /<meta[^>]+charset=["']?([\w-]+)/i.exec(Buffer.from(source.bytes.subarray(0, 2048)).toString('latin1'))?.[1];
  const charset = source.charset ?? sniffed ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(source.bytes);
  } catch {
    return new TextDecoder('utf-8').decode(source.bytes);
  }
}

/** A Markdown or text document: its own front matter and title are read the way the corpus reads them. */
function articleFromText(text: string, source: ExtractSource): Article {
  const format = source.kind === 'markdown' ? 'markdown' : 'text';
  const probe = format === 'markdown' ? 'document.md' : 'document.txt';
  const { document } = parseDocumentWithProblems(probe, text, '');
  const body = document.body.trim();
  if (body.replace(/\s+/g, ' ').length < MIN_FILE_CHARS) {
    throw new UserError('NOT_AN_ARTICLE', { source: source.location, reason: 'it holds almost no text' });
  }
  return {
    title: document.title,
    date: document.meta.date,
    url: document.meta.url ?? (source.isUrl ? source.location : null),
    publisher: document.meta.publisher ?? null,
    body,
    format,
  };
}

interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

function metaContent(doc: MetaDocument, selectors: string[]): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return null;
}

/** datePublished from JSON-LD (schema.org NewsArticle), which many news sites give and no meta tag repeats. */
function jsonLdDate(doc: MetaDocument): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match) return match[1]!;
  }
  return null;
}

function absoluteHttpUrl(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

async function extractHtml(html: string, source: ExtractSource): Promise<Article> {
  const [{ parseHTML }, { Readability, isProbablyReaderable }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(html);
  const doc = document as unknown as MetaDocument;
  const base = source.isUrl ? source.location : 'https://invalid.invalid/';
  // Read before Readability, which rewrites the document it is given.
  const canonical = absoluteHttpUrl(metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']), base);
  const ogTitle = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const rawDate =
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publish-date"]',
      'meta[name="dc.date"]',
      'time[itemprop="datePublished"]',
      'article time[datetime]',
    ]) ?? jsonLdDate(doc);

  if (!isProbablyReaderable(document as never)) {
    throw new UserError('NOT_AN_ARTICLE', { source: source.location, reason: 'the page has no block of article text (it looks like a listing, a login page or an index)' });
  }
  const parsed = new Readability<DomNode>(document as never, { serializer: (el) => el as unknown as DomNode }).parse();
  const text = parsed?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  if (!parsed?.content || text.length < MIN_ARTICLE_CHARS) {
    throw new UserError('NOT_AN_ARTICLE', { source: source.location, reason: `the article text found is too short (${text.length} characters)` });
  }
  const title = chooseTitle(parsed.title ?? null, ogTitle, h1) ?? source.location;
  const body = domToMarkdown(parsed.content, { title });
  return {
    title,
    date: normaliseDate(parsed.publishedTime ?? rawDate ?? '') ?? (rawDate ? normaliseDate(rawDate) : null),
    url: canonical ?? (source.isUrl ? source.location : null),
    publisher: parsed.siteName?.trim() || null,
    body,
    format: 'markdown',
  };
}

/** The page's headline: og:title, else the h1 when the <title> contains it ("Site | Headline"), else Readability's. */
function chooseTitle(readability: string | null, og: string | null, h1: string | null): string | null {
  const clean = (s: string | null) => s?.replace(/\s+/g, ' ').trim() || null;
  if (clean(og)) return clean(og);
  if (h1 && readability?.includes(h1)) return h1;
  return clean(readability) ?? clean(h1);
}
