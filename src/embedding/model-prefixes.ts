/**
 * Some embedding models were trained with a fixed text before queries and/or passages and rank
 * poorly without it. Known ones are listed here so that setting EMBEDDING_MODEL alone is enough.
 * Matched on the model id, case-insensitively; the first matching rule wins.
 */

export interface ModelPrefixes {
  query: string;
  passage: string;
}

export const NO_PREFIXES: Readonly<ModelPrefixes> = Object.freeze({ query: '', passage: '' });

const BGE_QUERY = 'Represent this sentence for searching relevant passages: ';

interface PrefixRule {
  /** Tested against the model id (e.g. "Xenova/e5-small-v2"). */
  pattern: RegExp;
  prefixes: ModelPrefixes;
  /** Where the prefixes are documented. */
  source: string;
}

export const KNOWN_PREFIXES: readonly PrefixRule[] = [
  // e5 (intfloat/e5-*, multilingual-e5-*): both sides are marked.
  { pattern: /(^|[/-])e5-/i, prefixes: { query: 'query: ', passage: 'passage: ' }, source: 'https://huggingface.co/intfloat/e5-small-v2' },
  // bge v1/v1.5 English models: queries only. bge-m3 needs none.
  { pattern: /(^|\/)bge-(small|base|large)-en/i, prefixes: { query: BGE_QUERY, passage: '' }, source: 'https://huggingface.co/BAAI/bge-small-en-v1.5' },
  { pattern: /(^|\/)mxbai-embed-large/i, prefixes: { query: BGE_QUERY, passage: '' }, source: 'https://huggingface.co/mixedbread-ai/mxbai-embed-large-v1' },
  { pattern: /(^|\/)snowflake-arctic-embed/i, prefixes: { query: BGE_QUERY, passage: '' }, source: 'https://huggingface.co/Snowflake/snowflake-arctic-embed-m' },
  { pattern: /(^|\/)nomic-embed-text/i, prefixes: { query: 'search_query: ', passage: 'search_document: ' }, source: 'https://huggingface.co/nomic-ai/nomic-embed-text-v1.5' },
];

/** The prefixes a model expects, or none when it is not a known prefix-trained model. Pure. */
export function prefixesFor(modelId: string): ModelPrefixes {
  return KNOWN_PREFIXES.find((rule) => rule.pattern.test(modelId))?.prefixes ?? NO_PREFIXES;
}

export function withPrefix(prefix: string, texts: readonly string[]): string[] {
  return prefix ? texts.map((text) => prefix + text) : [...texts];
}
