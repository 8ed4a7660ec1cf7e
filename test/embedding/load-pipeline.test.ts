import { afterAll, describe, expect, it } from 'vitest';
import { loadFeatureExtractor, withIdleTimeout } from '../../src/embedding/load-pipeline.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

describe('withIdleTimeout', () => {
  it('rejects when the work stops reporting progress', async () => {
    await expect(withIdleTimeout(() => new Promise(() => {}), 50, 'loading x')).rejects.toThrow('loading x made no progress for 0 s');
  });

  it('lets slow work finish as long as it keeps reporting progress', async () => {
    const result = withIdleTimeout(
      async (touch) => {
        for (let i = 0; i < 6; i++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          touch();
        }
        return 'done';
      },
      50,
      'loading x',
    );
    await expect(result).resolves.toBe('done');
  });
});

describe('loadFeatureExtractor', () => {
  it('shares one load between concurrent callers and forgets a failed one', async () => {
    const dir = await tempDir('no-models');
    const source = { modelId: 'missing/model', localModelPath: dir, cacheDir: dir, localFilesOnly: true, quantized: false };
    const options = { idleTimeoutMs: 5_000, progressOutput: null };
    const first = loadFeatureExtractor(source, options);
    expect(loadFeatureExtractor(source, options)).toBe(first);
    await expect(first).rejects.toThrow(/local_files_only=true/);
    const retry = loadFeatureExtractor(source, options);
    expect(retry).not.toBe(first);
    await expect(retry).rejects.toThrow();
  });
});
