import { describe, expect, it } from 'vitest';
import type { Embedder } from '../../src/embedding/embedder.ts';
import type { BuildResult } from '../../src/index/build-index.ts';
import { reusableCalibration, type LoadedIndex } from '../../src/engine/open-index.ts';
import { UNCALIBRATED } from '../../src/retrieval/calibration.ts';

const calibrated = { ...UNCALIBRATED, positives: 200, method: 'measured' };
const embedder = { modelId: 'm', dimensions: 3 } as Embedder;

function previous(count: number): LoadedIndex {
  return { dir: '/x', index: { answerableCount: count, manifest: { model: 'm', modelRevision: null, calibration: calibrated } } } as unknown as LoadedIndex;
}
function result(count: number, embedded: number): BuildResult {
  return { embedded, index: { answerableCount: count } } as unknown as BuildResult;
}

describe('recalibration after a reindex', () => {
  it('GIVEN a large index with a tiny change THEN the measured calibration is kept', () => {
    expect(reusableCalibration(previous(100_000), result(100_002, 4), embedder)).toEqual(calibrated);
  });
  it('GIVEN a change above 1% of the sentences THEN it is measured again', () => {
    expect(reusableCalibration(previous(100_000), result(100_000, 2_000), embedder)).toBeNull();
  });
  it('GIVEN a small index, a first build or another model THEN it is measured again', () => {
    expect(reusableCalibration(previous(5_000), result(5_000, 1), embedder)).toBeNull();
    expect(reusableCalibration(null, result(100_000, 1), embedder)).toBeNull();
    expect(reusableCalibration(previous(100_000), result(100_000, 1), { ...embedder, modelId: 'other' })).toBeNull();
  });
});
