import { describe, expect, it } from 'vitest';
import { startBuildWorker } from '../../src/index/build-in-worker.ts';
import type { GenerationJob } from '../../src/index/generation-job.ts';

const noRecords = () => Promise.resolve(new TextEncoder().encode('[]'));

/** A job the worker cannot carry out: its folder does not exist. */
const badJob = (): GenerationJob => ({
  dir: '/nonexistent/generation',
  dimensions: 2,
  hnsw: { m: 16, efConstruction: 100, efSearch: 50, seed: 1 },
  vectors: new Float32Array(new SharedArrayBuffer(8)),
  previous: null,
  added: [],
});

describe('the build worker', () => {
  it('GIVEN a job that fails on the worker THEN run rejects saying the worker failed, and a second job is refused', async () => {
    const worker = startBuildWorker();
    await expect(worker.run(badJob(), noRecords())).rejects.toThrow('index build worker failed');
    expect(() => worker.run(badJob(), noRecords())).toThrow('one job');
  });

  it('GIVEN a worker cancelled before its job came THEN it stops, and a late job rejects instead of hanging', async () => {
    const worker = startBuildWorker();
    worker.cancel();
    await expect(worker.run(badJob(), noRecords())).rejects.toThrow(/stopped|failed/);
  });

  it('GIVEN records that cannot be prepared THEN run rejects with that error and the worker stops', async () => {
    const worker = startBuildWorker();
    const job = { ...badJob(), previous: null };
    await expect(worker.run(job, Promise.reject(new Error('records could not be written')))).rejects.toThrow('records could not be written');
  });
});
