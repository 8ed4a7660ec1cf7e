/** Plain data produced by the corpus stage and consumed by indexing and retrieval. */

export interface DocumentMeta {
  /** Source URL, from metadata at the top of the file (`source:` / `url:`). */
  url: string | null;
  /** Publication date as yyyy-mm-dd (`date:`). */
  date: string | null;
  /**
   * Publisher or outlet (`publisher:`, or a `source:` that is a name rather than a URL).
   * Optional so that metadata built elsewhere with only url and date still type-checks.
   */
  publisher?: string | null;
  /** Every metadata key (lower-cased) with its value as written, including keys the pipeline does not interpret. */
  fields?: Record<string, string>;
}

/** A document as read from the corpus folder, before segmentation. */
export interface SourceDocument {
  /** Path relative to the corpus folder, with forward slashes: the document's stable id. */
  docId: string;
  /** First heading, else first non-empty line. */
  title: string;
  meta: DocumentMeta;
  /** The body after metadata (the title line included), as in the file. */
  body: string;
  /** sha256 of the file's bytes (hex). */
  contentHash: string;
}

export type SentenceKind = 'heading' | 'text' | 'item';

export interface Sentence {
  docId: string;
  /** 1-based position among all sentences of the document (headings included). */
  index: number;
  text: string;
  kind: SentenceKind;
  /**
   * The nearest section heading above (level ≥ 2; more exactly, any heading but the title, so a
   * document that uses `#` for its sections has them too), or null before any section heading.
   * A section heading's own sentence carries its own text.
   */
  section: string | null;
  /** 0-based number of the block (paragraph, list, heading) the sentence belongs to. */
  block: number;
  /** For list items: the sentence that introduces the list (context for the item). */
  leadIn: string | null;
}

/** A document split into sentences, ready to index. */
export interface SegmentedDocument extends Omit<SourceDocument, 'body'> {
  sentences: Sentence[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface CorpusLoadResult {
  documents: SegmentedDocument[];
  skipped: SkippedFile[];
}
