import { afterAll, describe, expect, it } from 'vitest';
import { createDownloadReporter, loadFeatureExtractor, withIdleTimeout } from '../../src/embedding/load-pipeline.ts';
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

describe('createDownloadReporter', () => {
  it('shows one percentage over all files being downloaded, ignoring other events', () => {
    const writes: string[] = [];
    const reporter = createDownloadReporter('Xenova/x', { isTTY: false, write: (t: string) => writes.push(t) });
    reporter.onEvent({ status: 'initiate', file: 'config.json' });
    reporter.onEvent({ status: 'progress', file: 'onnx/model_quantized.onnx', loaded: 0, total: 3_000_000 });
    reporter.onEvent({ status: 'progress', file: 'tokenizer.json', loaded: 1_000_000, total: 1_000_000 });
    reporter.onEvent({ status: 'progress', file: 'onnx/model_quantized.onnx', loaded: 2_000_000, total: 3_000_000 });
    reporter.done();
    expect(writes).toEqual([
      'downloading Xenova/x:   0% (0.0 / 3.0 MB)\n',
      'downloading Xenova/x:  25% (1.0 / 4.0 MB)\n',
      'downloading Xenova/x:  75% (3.0 / 4.0 MB)\n',
      'downloading Xenova/x: 100%\n',
    ]);
  });
});
