import { describe, expect, it } from 'vitest';
import type { SearchIndex } from '../../src/index/search-index.ts';
import { reusableCalibration, UNCALIBRATED } from '../../src/retrieval/calibration.ts';

const calibrated = { ...UNCALIBRATED, positives: 200, method: 'measured' };
const embedder = { modelId: 'm' };

function previous(count: number, calibration = calibrated) {
  return { answerableCount: count, manifest: { model: 'm', modelRevision: null, calibration } } as unknown as SearchIndex;
}
function result(count: number, embedded: number) {
  return { answerableCount: count, embedded };
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
  it('GIVEN a calibration recorded for other learned weights THEN it is measured again, however small the change', () => {
    expect(reusableCalibration(previous(100_000, { ...calibrated, decision: 'ranking: older; decision: older' }), result(100_000, 1), embedder)).toBeNull();
  });
});
