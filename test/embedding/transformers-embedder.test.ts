/**
 * The embedder with the real offline model (built into <project>/models if missing, which takes
 * a few seconds) and the real transformers.js pipeline.
 */
import { env } from '@xenova/transformers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { ensureOfflineModel } from '../../src/embedding/offline-model/ensure.ts';
import { OFFLINE_MODEL_ID } from '../../src/embedding/offline-model/options.ts';
import { createEmbedder } from '../../src/embedding/transformers-embedder.ts';
import { isUserError } from '../../src/errors.ts';
import { silentLogger } from '../../src/log.ts';
import fs from 'node:fs';
import { capturingLogger, dot, norm, removeTempDirs, SHARED_MODELS_DIR, tempDir } from './helpers.ts';
import { HUB_RETRY_AFTER_MS, hubFailureFile, recentHubFailure, rememberHubFailure } from '../../src/embedding/hub-failure.ts';

let cacheDir: string;

beforeAll(async () => {
  cacheDir = await tempDir('hub-cache');
  await ensureOfflineModel(SHARED_MODELS_DIR, silentLogger, { progressOutput: null });
});
afterAll(removeTempDirs);

describe('the offline model through createEmbedder', () => {
  let embedder: Embedder;

  beforeAll(async () => {
    embedder = await createEmbedder({ model: 'offline', modelsDir: SHARED_MODELS_DIR, cacheDir, logger: silentLogger, progressOutput: null });
  });

  it('reports the model actually used and its dimensions', () => {
    expect(embedder.modelId).toBe(OFFLINE_MODEL_ID);
    expect(embedder.dimensions).toBe(100);
  });

  it('returns unit-length 100-d vectors', async () => {
    const vectors = await embedder.embedPassages(['Mexican President Claudia Sheinbaum rejected U.S. military aid.', 'Zzyzx qwfp!']);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(100);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('puts paraphrases closer than unrelated sentences', async () => {
    const [cartels, gangs, bread] = await embedder.embedPassages(['the cartels are running Mexico', 'drug gangs control the country', 'I baked sourdough bread']);
    expect(dot(cartels!, gangs!)).toBeGreaterThan(dot(cartels!, bread!) + 0.2);
  });

  it('gives the same vectors in one batch as one by one, in input order', async () => {
    const texts = ['How long was the call?', 'The leaders held a 15-minute phone call on Monday.', 'short', 'Fewer fentanyl overdose deaths in the United States, officials said on Sunday.'];
    const batched = await embedder.embedPassages(texts);
    const single = await Promise.all(texts.map(async (t) => (await embedder.embedPassages([t]))[0]!));
    batched.forEach((v, i) => {
      for (let d = 0; d < v.length; d++) expect(v[d]).toBeCloseTo(single[i]![d]!, 6);
    });
  });

  it('reports progress per batch when embedding passages', async () => {
    const small = await createEmbedder({ model: OFFLINE_MODEL_ID, modelsDir: SHARED_MODELS_DIR, cacheDir, logger: silentLogger, batchSize: 2, progressOutput: null });
    const progress: [number, number][] = [];
    await small.embedPassages(['a b', 'c d', 'e f', 'g h', 'i j'], (done, total) => progress.push([done, total]));
    expect(progress).toEqual([[2, 5], [4, 5], [5, 5]]);
  });

  it('copes with a 10,000-character text, an empty text and no texts', async () => {
    const [long, empty] = await embedder.embedQueries(['security cooperation '.repeat(500).slice(0, 10_000), '']);
    expect(norm(long!)).toBeCloseTo(1, 5);
    expect([...empty!].every((x) => x === 0)).toBe(true);
    expect(await embedder.embedQueries([])).toEqual([]);
  });
});

describe('a hub model that cannot be reached', () => {
  const hubHost = env.remoteHost;
  // The hub is unreachable on build machines anyway; a reserved .invalid host makes that certain
  // (same failure: the name does not resolve) even where there is network.
  beforeAll(() => void (env.remoteHost = 'https://hub.invalid/'));
  afterAll(() => void (env.remoteHost = hubHost));

  it('falls back to the offline model quickly, with exactly one warning naming both models', async () => {
    const { logger, records } = capturingLogger();
    const started = performance.now();
    const embedder = await createEmbedder({ model: 'Xenova/multi-qa-MiniLM-L6-cos-v1', modelsDir: SHARED_MODELS_DIR, cacheDir, logger, progressOutput: null });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(embedder.modelId).toBe(OFFLINE_MODEL_ID);
    const warnings = records.filter((r) => r.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toContain('Xenova/multi-qa-MiniLM-L6-cos-v1');
    expect(warnings[0]!.msg).toContain(OFFLINE_MODEL_ID);
    expect(records.some((r) => r.level === 'error')).toBe(false);
    const [v] = await embedder.embedQueries(['Did Trump offer military help?']);
    expect(norm(v!)).toBeCloseTo(1, 5);
  });

  it('GIVEN the hub failed a moment ago THEN the next start uses the offline model without trying the hub, and says when it will', async () => {
    const file = hubFailureFile(cacheDir);
    rememberHubFailure(file, { model: 'Xenova/paraphrase-MiniLM-L3-v2', at: new Date().toISOString(), reason: 'fetch failed' });
    const { logger, records } = capturingLogger();
    const embedder = await createEmbedder({ model: 'Xenova/paraphrase-MiniLM-L3-v2', modelsDir: SHARED_MODELS_DIR, cacheDir, logger, progressOutput: null });
    expect(embedder.modelId).toBe(OFFLINE_MODEL_ID);
    const warnings = records.filter((r) => r.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.msg).toMatch(/Xenova\/paraphrase-MiniLM-L3-v2 could not be loaded at .*; it is tried again after /);
  });

  it('GIVEN a hub failure THEN it is remembered for that model only, and for an hour', async () => {
    const { logger } = capturingLogger();
    await createEmbedder({ model: 'Xenova/all-MiniLM-L12-v2', modelsDir: SHARED_MODELS_DIR, cacheDir, logger, progressOutput: null });
    const file = hubFailureFile(cacheDir);
    const now = Date.now();
    expect(recentHubFailure(file, 'Xenova/all-MiniLM-L12-v2', now)?.reason).toMatch(/\S/);
    expect(recentHubFailure(file, 'Xenova/another-model', now)).toBeNull();
    expect(recentHubFailure(file, 'Xenova/all-MiniLM-L12-v2', now + HUB_RETRY_AFTER_MS + 1)).toBeNull();
    fs.writeFileSync(file, '{not json');
    expect(recentHubFailure(file, 'Xenova/all-MiniLM-L12-v2', now)).toBeNull();
  });

  it('fails with MODEL_UNAVAILABLE when the offline fallback cannot be built either', async () => {
    const { logger } = capturingLogger();
    const error = await createEmbedder({ model: 'Xenova/all-MiniLM-L6-v2', modelsDir: '/dev/null/models', cacheDir, logger, progressOutput: null }).catch((e: unknown) => e);
    expect(isUserError(error) && error.code).toBe('MODEL_UNAVAILABLE');
    expect((error as Error).message).toMatch(/Xenova\/all-MiniLM-L6-v2 failed .* offline fallback/);
  });
});
