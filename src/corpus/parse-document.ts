/**
 * File text → SourceDocument: metadata split off, title found. Pure, so the loader's I/O and
 * the parsing can be tested apart.
 */
import type { SourceDocument } from './types.ts';
import { parseFrontMatter } from './front-matter.ts';
import { formatOf, parseBlocks } from './blocks.ts';

export interface ParsedDocument {
  document: SourceDocument;
  /** Metadata present but unusable, worth a warning (the document is still loaded). */
  problems: string[];
}

export function parseDocument(docId: string, text: string, contentHash: string): SourceDocument {
  return parseDocumentWithProblems(docId, text, contentHash).document;
}

export function parseDocumentWithProblems(docId: string, text: string, contentHash: string): ParsedDocument {
  const { meta, title: titleOverride, body, problems } = parseFrontMatter(text.replace(/^\uFEFF/, ''));
  const title = titleOverride ?? parseBlocks(body, formatOf(docId)).title ?? fileStem(docId);
  return { document: { docId, title, meta, body, contentHash }, problems };
}

/** A file's name without its folders and extension: "notes/call-summary.md" → "call-summary" (a title of last resort). */
export function fileStem(docId: string): string {
  const name = docId.slice(docId.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
