/**
 * The builder end to end on a miniature word-vector file: fast, and every build-management rule
 * (atomic swap, manifest, staleness, determinism, locking) is checked against real files, with
 * the result loaded by the real transformers.js pipeline.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFeatureExtractor } from '../../src/embedding/load-pipeline.ts';
import { offlineModelDir } from '../../src/embedding/offline-model/build.ts';
import { ensureOfflineModel } from '../../src/embedding/offline-model/ensure.ts';
import { readManifest } from '../../src/embedding/offline-model/manifest.ts';
import { OFFLINE_MODEL_ID } from '../../src/embedding/offline-model/options.ts';
import { capturingLogger, removeTempDirs, tempDir } from './helpers.ts';

const WORDS = ['the', ',', 'of', 'said', 'cartels', 'gangs', 'drug', 'mexico', 'country', 'bread', 'baked', 'well-known', 'known', 'well'];
const DIMS = 4;

/** Word i gets a distinct, deterministic vector; "cartels" and "gangs" point the same way. */
function vectorOf(word: string, i: number): number[] {
  if (word === 'cartels' || word === 'gangs') return [0, 3, 0.2, 0];
  if (word === 'bread') return [0, 0, 0, 3];
  return [Math.sin(i + 1), Math.cos(i + 1), 0.5 * Math.sin(2 * i), 1];
}

async function writeSource(dir: string, version: string, mutate?: (json: Record<string, unknown>) => void) {
  const vectors = Object.fromEntries(WORDS.map((w, i) => [w, [...vectorOf(w, i), 1, i]]));
  const json: Record<string, unknown> = { precision: 8, l2NormIndex: DIMS, wordIndex: DIMS + 1, size: WORDS.length, dimensions: DIMS, words: WORDS, vectors, unkVector: [0, 0, 0, 0] };
  mutate?.(json);
  const file = path.join(dir, `wink-${version}.json`);
  await fs.writeFile(file, JSON.stringify(json));
  return { file, version };
}

const options = { maxWords: 100, commonComponentWords: 8 };
const building = (records: { msg: string }[]) => records.filter((r) => r.msg === 'building the offline embedding model').length;

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const name of ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx', 'onnx/model.onnx_data', 'manifest.json']) {
    out.set(name, await fs.readFile(path.join(dir, name)));
  }
  return out;
}

describe('ensureOfflineModel on a miniature source', () => {
  let work: string;
  let modelsDir: string;
  let source: { file: string; version: string };

  beforeAll(async () => {
    work = await tempDir('offline-build');
    modelsDir = path.join(work, 'models');
    source = await writeSource(work, '1.0.0');
  });
  afterAll(removeTempDirs);

  it('writes a complete model folder, leaving no temporary folder or lock behind', async () => {
    const { logger, records } = capturingLogger();
    // What a build that crashed midway leaves behind.
    await fs.mkdir(path.join(modelsDir, 'offline', 'glove-wink-100d.tmp-1-2', 'onnx'), { recursive: true });
    const location = await ensureOfflineModel(modelsDir, logger, { source, options, progressOutput: null });
    expect(location).toEqual({ modelId: OFFLINE_MODEL_ID, path: offlineModelDir(modelsDir) });
    expect(building(records)).toBe(1);
    expect(await fs.readdir(path.dirname(location.path))).toEqual(['glove-wink-100d']);
    const manifest = await readManifest(location.path);
    expect(manifest).toMatchObject({ modelId: OFFLINE_MODEL_ID, dimensions: DIMS, source: { version: '1.0.0' } });
    // Punctuation and words the tokenizer can never produce are left out; [PAD] and [UNK] come first.
    expect(manifest!.vocabularySize).toBe(2 + WORDS.length - 2);
  });

  it('loads through the real transformers.js pipeline, with unknown words as [UNK] and no special tokens added', async () => {
    const extractor = await loadFeatureExtractor(
      { modelId: OFFLINE_MODEL_ID, localModelPath: modelsDir, cacheDir: path.join(work, 'cache'), localFilesOnly: true, quantized: false },
      { idleTimeoutMs: 20_000, progressOutput: null },
    );
    const tokenizer = extractor.tokenizer as unknown as (text: string) => { input_ids: { tolist(): bigint[][] } };
    // ids: the=2, of=3, said=4, … (',' and 'well-known' dropped); '-' and 'Zapotec' are unknown (1).
    expect(tokenizer('The well-known Zapotec').input_ids.tolist()[0]!.map(Number)).toEqual([2, 13, 1, 12, 1]);
    const output = await extractor(['Cartels!', 'drug gangs', 'baked bread'], { pooling: 'mean', normalize: true });
    expect(output.dims).toEqual([3, DIMS]);
    const rows = [0, 1, 2].map((r) => Array.from(output.data).slice(r * DIMS, (r + 1) * DIMS));
    const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);
    expect(cos(rows[0]!, rows[1]!)).toBeGreaterThan(cos(rows[0]!, rows[2]!));
  });

  it('reuses a current build', async () => {
    const { logger, records } = capturingLogger();
    await ensureOfflineModel(modelsDir, logger, { source, options, progressOutput: null });
    expect(building(records)).toBe(0);
  });

  it('rebuilds when the options, the source version or a file changed', async () => {
    const { logger, records } = capturingLogger();
    await ensureOfflineModel(modelsDir, logger, { source, options: { ...options, sifA: 0.01 }, progressOutput: null });
    expect(building(records)).toBe(1);
    await ensureOfflineModel(modelsDir, logger, { source: await writeSource(work, '1.0.1'), options, progressOutput: null });
    expect(building(records)).toBe(2);
    await fs.truncate(path.join(offlineModelDir(modelsDir), 'onnx', 'model.onnx'), 100);
    await ensureOfflineModel(modelsDir, logger, { source: await writeSource(work, '1.0.1'), options, progressOutput: null });
    expect(building(records)).toBe(3);
    await fs.truncate(path.join(offlineModelDir(modelsDir), 'onnx', 'model.onnx_data'), 100);
    await ensureOfflineModel(modelsDir, logger, { source: await writeSource(work, '1.0.1'), options, progressOutput: null });
    expect(building(records)).toBe(4);
  });

  it('is deterministic: a forced rebuild writes byte-identical files', async () => {
    const { logger } = capturingLogger();
    const before = await filesOf(offlineModelDir(modelsDir));
    await ensureOfflineModel(modelsDir, logger, { source: await writeSource(work, '1.0.1'), options, progressOutput: null, force: true });
    const after = await filesOf(offlineModelDir(modelsDir));
    for (const [name, bytes] of before) expect(after.get(name)!.equals(bytes), name).toBe(true);
  });

  it('keeps the previous model when a rebuild fails', async () => {
    const { logger } = capturingLogger();
    const broken = await writeSource(work, '2.0.0', (json) => delete json.vectors);
    await expect(ensureOfflineModel(modelsDir, logger, { source: broken, options, progressOutput: null })).rejects.toThrow(/missing "vectors":/);
    expect((await readManifest(offlineModelDir(modelsDir)))!.source.version).toBe('1.0.1');
    expect(await fs.readdir(path.join(modelsDir, 'offline'))).toEqual(['glove-wink-100d']);
  });

  it('builds once when called concurrently', async () => {
    const { logger, records } = capturingLogger();
    const fresh = path.join(work, 'concurrent');
    await Promise.all([1, 2, 3].map(() => ensureOfflineModel(fresh, logger, { source, options, progressOutput: null })));
    expect(building(records)).toBe(1);
  });
});
