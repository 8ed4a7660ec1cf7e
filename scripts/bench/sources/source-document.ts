/** A document a benchmark corpus can be assembled from: where it came from, its file name and text. */
export interface SourceText {
  /** Which collection it belongs to ("kjv", "man", "squad"): corpora take a share of each. */
  source: string;
  /** Relative path inside the corpus folder (its docId once loaded), with a .md or .txt extension. */
  file: string;
  /** The document's text, read (and converted) only when the corpus takes it; null when unusable. */
  read(): string | null;
}
