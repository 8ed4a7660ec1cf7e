import { describe, expect, it } from 'vitest';
import { meanPoolNormalized } from '../../src/embedding/mean-pool.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';
import { DEFAULTS } from '../../src/config.ts';
import { loadFeatureExtractor } from '../../src/embedding/load-pipeline.ts';

describe('mean pooling', () => {
  it('GIVEN two rows with padding THEN each is the normalised mean of its real tokens only', () => {
    // rows 2, tokens 3, width 2; row 0 has two real tokens, row 1 one.
    const hidden = [1, 0, 3, 4, 100, 100, 0, 2, 50, 50, 50, 50];
    const mask = [1n, 1n, 0n, 1n, 0n, 0n];
    const [a, b] = meanPoolNormalized(hidden, [2, 3, 2], mask);
    expect([...a!].map((x) => Number(x.toFixed(6)))).toEqual([Number((4 / Math.hypot(4, 4)).toFixed(6)), Number((4 / Math.hypot(4, 4)).toFixed(6))]);
    expect([...b!]).toEqual([0, 1]);
  });

  it('GIVEN a row without tokens THEN its vector is all zeros, not NaN', () => {
    const [v] = meanPoolNormalized([5, 5], [1, 1, 2], [0]);
    expect([...v!]).toEqual([0, 0]);
  });

  it('GIVEN a shape that does not match the data THEN it fails loudly', () => {
    expect(() => meanPoolNormalized([1, 2, 3], [1, 2, 2], [1, 1])).toThrow(/do not match/);
  });

  it('GIVEN the real model THEN the vectors equal the pipeline’s own mean pooling', async () => {
    const texts = ['Sheinbaum rejected the offer of U.S. troops.', 'The call lasted about 15 minutes, both sides said.', 'fentanyl'];
    const extractor = await loadFeatureExtractor(
      { modelId: 'offline/glove-wink-100d', localModelPath: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, localFilesOnly: true, quantized: false },
      { idleTimeoutMs: 20_000, progressOutput: null },
    );
    const reference = await extractor(texts, { pooling: 'mean', normalize: true });
    const ours = await (await offlineEmbedder()).embedPassages(texts);
    const width = reference.dims.at(-1)!;
    ours.forEach((vector, row) => {
      expect(vector.length).toBe(width);
      for (let k = 0; k < width; k++) expect(vector[k]).toBeCloseTo(reference.data[row * width + k]!, 5);
    });
  });
});
