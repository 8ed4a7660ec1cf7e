/** The boundary every embedding goes through: tests and alternative models plug in here. */
export interface Embedder {
  /** The model id as configured or as loaded (e.g. "Xenova/multi-qa-MiniLM-L6-cos-v1" or "offline/glove-wink-100d"). */
  readonly modelId: string;
  readonly dimensions: number;
  /** Identifies the weights when the id alone does not (a locally built model rebuilt with other options). */
  readonly revision?: string;
  /** Unit-length vectors for questions. */
  embedQueries(texts: string[]): Promise<Float32Array[]>;
  /** Unit-length vectors for passages (sentences). */
  embedPassages(texts: string[], onProgress?: (done: number, total: number) => void): Promise<Float32Array[]>;
}
