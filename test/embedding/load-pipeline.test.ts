import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDownloadReporter, loadFeatureExtractor, withIdleTimeout } from '../../src/embedding/load-pipeline.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

describe('withIdleTimeout', () => {
  // Fake timers: the behaviour is about elapsed time, which a busy CI machine makes unreliable.
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('rejects when the work stops reporting progress', async () => {
    const result = withIdleTimeout(() => new Promise(() => {}), 20_000, 'loading x');
    const assertion = expect(result).rejects.toThrow('loading x made no progress for 20 s');
    await vi.advanceTimersByTimeAsync(20_000);
    await assertion;
  });

  it('lets slow work finish as long as it keeps reporting progress', async () => {
    let finish: (value: string) => void = () => {};
    let touch: () => void = () => {};
    const result = withIdleTimeout(
      (t) => {
        touch = t;
        return new Promise<string>((resolve) => (finish = resolve));
      },
      20_000,
      'loading x',
    );
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(15_000);
      touch();
    }
    finish('done'); // 75 s in, never idle for 20 s
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
