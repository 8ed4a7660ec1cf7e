/**
 * An attached file is checked from what Discord says about it — name, size, type — before a
 * byte is downloaded. Pure.
 */
import { UserError } from '../../errors.ts';
import type { DocumentKind } from '../extract/extract-article.ts';
import { formatBytes } from '../fetch/fetch-policy.ts';

export interface AttachmentInfo {
  name: string;
  size: number;
  /** As Discord reports it; may be missing. */
  contentType: string | null;
}

const BY_EXTENSION: Readonly<Record<string, DocumentKind>> = { md: 'markdown', markdown: 'markdown', txt: 'text', html: 'html', htm: 'html', pdf: 'pdf', docx: 'docx' };

/** Types a document attachment may be announced as (Discord guesses from the extension; some guess octet-stream). */
const DOCUMENT_TYPES = /^(?:text\/(?:plain|markdown|x-markdown|html)|application\/xhtml\+xml|application\/pdf|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document|application\/zip|application\/octet-stream)$/;

export function checkAttachment(file: AttachmentInfo, maxBytes: number): DocumentKind {
  const refuse = (reason: string) => new UserError('FILE_REFUSED', { name: file.name, reason, max: formatBytes(maxBytes) });
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const kind = BY_EXTENSION[extension];
  if (!kind) throw refuse(extension ? `.${extension} files are not read` : 'it has no extension');
  if (file.size > maxBytes) throw refuse(`it is ${formatBytes(file.size)}`);
  const type = (file.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type && !DOCUMENT_TYPES.test(type)) throw refuse(`Discord reports it as ${type}, not text, a PDF or a Word document`);
  return kind;
}
