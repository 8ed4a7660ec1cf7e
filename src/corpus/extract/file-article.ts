/**
 * The article a PDF or a Word document holds, once its reader found its text: refused with less text
 * than a file's least (a scan, a draft's title alone), titled by what the reader found or else by the
 * file's name. Pure.
 */
import { UserError } from '../../errors.ts';
import { fileStem } from '../parse-document.ts';
import type { Article, ExtractSource } from './extract-article.ts';

export interface FoundInFile {
  /** From the file's properties or its headline; null: none found. */
  title: string | null;
  date: string | null;
  /** Corpus Markdown, without the title line. */
  body: string;
  /** Why a file with no text at all is refused ("the PDF holds no text, only images (a scan?)…"). */
  noText: string;
}

/** The refusal of a file that holds no article, saying why. */
export function notAnArticle(source: Pick<ExtractSource, 'location'>, reason: string): UserError {
  return new UserError('NOT_AN_ARTICLE', { source: source.location, reason });
}

export function fileArticle(source: ExtractSource, minChars: number, found: FoundInFile): Article {
  const plain = found.body.replace(/\s+/g, ' ').trim();
  if (plain.length < minChars) {
    const reason = plain.length === 0 ? found.noText : `the text found is too short (${plain.length} characters)`;
    throw notAnArticle(source, reason);
  }
  return { title: found.title ?? fileStem(source.location), date: found.date, url: source.isUrl ? source.location : null, publisher: null, body: found.body, format: 'markdown' };
}
