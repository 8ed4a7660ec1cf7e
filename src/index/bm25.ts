/** BM25 scoring as pure functions over plain numbers, parameters as a typed object. */

export interface Bm25Params {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation (0 = none, 1 = full). Sentences vary less than documents, so less than 0.75. */
  b: number;
}

export const DEFAULT_BM25: Bm25Params = { k1: 1.2, b: 0.5 };

/** Robertson–Spärck Jones IDF, floored at 0 so ubiquitous terms never count against a match. */
export function idf(documentFrequency: number, documentCount: number): number {
  return Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

export function termScore(
  termFrequency: number,
  length: number,
  averageLength: number,
  termIdf: number,
  params: Bm25Params = DEFAULT_BM25,
): number {
  if (termFrequency <= 0) return 0;
  const norm = params.k1 * (1 - params.b + (params.b * length) / (averageLength || 1));
  return (termIdf * (termFrequency * (params.k1 + 1))) / (termFrequency + norm);
}
