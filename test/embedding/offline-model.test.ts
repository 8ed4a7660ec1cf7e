/**
 * The real offline model (in <project>/models, built if missing) as transformers.js loads it:
 * the vocabulary and the tokenizer agree, and unknown words behave as designed.
 */
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFeatureExtractor, type FeatureExtractor } from '../../src/embedding/load-pipeline.ts';
import { ensureOfflineModel } from '../../src/embedding/offline-model/ensure.ts';
import { readManifest } from '../../src/embedding/offline-model/manifest.ts';
import { DEFAULT_OFFLINE_MODEL_OPTIONS, OFFLINE_MODEL_ID } from '../../src/embedding/offline-model/options.ts';
import { silentLogger } from '../../src/log.ts';
import { SHARED_MODELS_DIR } from './helpers.ts';

type Tokenizer = ((text: string) => { input_ids: { tolist(): bigint[][] } }) & { model: { vocab: string[] } };

let extractor: FeatureExtractor;
let modelPath: string;

beforeAll(async () => {
  modelPath = (await ensureOfflineModel(SHARED_MODELS_DIR, silentLogger, { progressOutput: null })).path;
  extractor = await loadFeatureExtractor(
    { modelId: OFFLINE_MODEL_ID, localModelPath: SHARED_MODELS_DIR, cacheDir: path.join(os.tmpdir(), 'unused-hub-cache'), localFilesOnly: true, quantized: false },
    { idleTimeoutMs: 60_000, progressOutput: null },
  );
});

async function embed(texts: string[]): Promise<number[][]> {
  const output = await extractor(texts, { pooling: 'mean', normalize: true });
  const width = output.dims[1]!;
  return texts.map((_, r) => Array.from(output.data).slice(r * width, (r + 1) * width));
}

describe('the built offline model', () => {
  it('was built with the default options', async () => {
    const manifest = await readManifest(modelPath);
    expect(manifest?.options).toEqual(DEFAULT_OFFLINE_MODEL_OPTIONS);
    expect(manifest?.vocabularySize).toBe(2 + DEFAULT_OFFLINE_MODEL_OPTIONS.maxWords);
  });

  it('tokenizes every vocabulary word it holds to exactly that word', () => {
    const tokenizer = extractor.tokenizer as unknown as Tokenizer;
    const vocab = tokenizer.model.vocab;
    for (let id = 2; id < vocab.length; id += 997) {
      expect(tokenizer(vocab[id]!).input_ids.tolist()[0]!.map(Number), vocab[id]).toEqual([id]);
    }
  });

  it('adds no special tokens and maps unknown words and punctuation to [UNK]', () => {
    const tokenizer = extractor.tokenizer as unknown as Tokenizer;
    const ids = tokenizer('Mexico, qwzxv!').input_ids.tolist()[0]!.map(Number);
    expect(ids).toHaveLength(4);
    expect(ids[0]).toBeGreaterThan(1);
    expect(ids.slice(1)).toEqual([1, 1, 1]);
  });

  it('gives a text of only unknown words a unit vector orthogonal to texts of known words', async () => {
    const [unknown, known] = await embed(['qwzxv blorptang', 'security cooperation']);
    const dot = unknown!.reduce((s, x, i) => s + x * known![i]!, 0);
    expect(Math.hypot(...unknown!)).toBeCloseTo(1, 5);
    expect(Math.abs(dot)).toBeLessThan(1e-3);
  });

  it('lets unknown words leave the vector of known words unchanged', async () => {
    const [plain, withUnknown] = await embed(['security cooperation', 'security qwzxv cooperation']);
    plain!.forEach((x, i) => expect(withUnknown![i]).toBeCloseTo(x, 4));
  });
});
