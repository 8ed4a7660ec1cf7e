/**
 * What the offline model is and how it is built. Every choice that changes its vectors lives in
 * `OfflineModelOptions`; the manifest records them, so changing a default rebuilds the model.
 */

/** The id under `<modelsDir>/` that transformers.js loads (`env.localModelPath = modelsDir`). */
export const OFFLINE_MODEL_ID = 'offline/glove-wink-100d';

/** Short alias accepted in configuration. */
export const OFFLINE_MODEL_ALIAS = 'offline';

/**
 * Bump when the files written change for the same options (graph layout, tokenizer settings,
 * manifest shape): existing builds are then seen as stale and rebuilt.
 */
export const OFFLINE_MODEL_FORMAT_VERSION = 3;

export interface OfflineModelOptions {
  /** Keep at most this many words, the most frequent first (after dropping unreachable ones). */
  maxWords: number;
  /** Keep tokens made of one punctuation character ("?", ","): they carry little meaning but do shift short queries. */
  keepPunctuation: boolean;
  /** SIF smoothing `a` in a/(a + p(w)): smaller values down-weight frequent words harder. */
  sifA: number;
  /** The common component is estimated over this many of the most frequent kept words, weighted by frequency (0: not removed). */
  commonComponentWords: number;
  /** Power-iteration cap when estimating the common component (it converges far sooner). */
  powerIterations: number;
  /** Tokens per text beyond which the tokenizer truncates. */
  maxSequenceLength: number;
}

export const DEFAULT_OFFLINE_MODEL_OPTIONS: Readonly<OfflineModelOptions> = Object.freeze({
  maxWords: 200_000,
  keepPunctuation: false,
  sifA: 1e-3,
  commonComponentWords: 50_000,
  powerIterations: 1_000,
  maxSequenceLength: 512,
});

export function resolveOfflineModelOptions(overrides: Partial<OfflineModelOptions> = {}): OfflineModelOptions {
  return { ...DEFAULT_OFFLINE_MODEL_OPTIONS, ...overrides };
}

/** True for the ids that name the local model rather than a Hugging Face hub repository. */
export function isOfflineModelId(model: string): boolean {
  const id = model.trim();
  return id === OFFLINE_MODEL_ALIAS || id === OFFLINE_MODEL_ID;
}
