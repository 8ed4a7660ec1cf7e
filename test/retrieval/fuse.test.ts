import { describe, expect, it } from 'vitest';
import { DEFAULT_FUSION, QUOTE_FUSION, fusedScore, rank } from '../../src/retrieval/fuse.ts';
import { calibrate, confidenceOf } from '../../src/retrieval/calibration.ts';

describe('fusion', () => {
  it('GIVEN one candidate strong lexically and one strong densely THEN both signals count', () => {
    const equal = { ...DEFAULT_FUSION, lexical: 0.5, dense: 0.5 };
    const ranked = rank([
      { slot: 1, lexical: 0.9, dense: 0.0, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 },
      { slot: 2, lexical: 0.0, dense: 0.6, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 },
      { slot: 3, lexical: 0.5, dense: 0.5, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 },
    ], equal);
    expect(ranked.map((r) => r.slot)).toEqual([3, 1, 2]);
  });

  it('GIVEN equal sentences THEN neighbour support breaks the tie', () => {
    const ranked = rank([
      { slot: 1, lexical: 0.4, dense: 0.4, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 },
      { slot: 2, lexical: 0.4, dense: 0.4, neighbour: 0.8, phrase: 0, answerType: 0, functionWords: 0 },
    ]);
    expect(ranked[0]!.slot).toBe(2);
  });

  it('GIVEN a huge lexical score THEN it is capped', () => {
    const a = fusedScore({ slot: 0, lexical: 50, dense: 0, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 });
    expect(a).toBeCloseTo(DEFAULT_FUSION.lexical * DEFAULT_FUSION.lexicalCap);
  });
});

describe('calibration', () => {
  it('GIVEN separated score distributions THEN the threshold lies between them', () => {
    const pos = Array.from({ length: 50 }, (_, i) => 0.6 + i * 0.005);
    const neg = Array.from({ length: 50 }, (_, i) => 0.1 + i * 0.004);
    const c = calibrate(pos, neg);
    expect(c.threshold).toBeGreaterThan(Math.max(...neg));
    expect(c.threshold).toBeLessThan(Math.min(...pos) + 0.01);
    expect(c.negativeRejection).toBe(1);
    expect(confidenceOf(0.05, c)).toBeNull();
    expect(confidenceOf(0.9, c)).toBe('high');
  });

  it('GIVEN overlapping distributions THEN at most the allowed share of positives is refused', () => {
    const pos = Array.from({ length: 100 }, (_, i) => i / 100);
    const neg = Array.from({ length: 100 }, (_, i) => i / 100);
    const c = calibrate(pos, neg);
    expect(c.positiveRecall).toBeGreaterThanOrEqual(0.79);
  });
});

describe('dense scale', () => {
  it('GIVEN a model whose cosines sit high THEN unrelated maps to ~0 and a typical match to ~1', async () => {
    const { scaleDense } = await import('../../src/retrieval/calibration.ts');
    const scale = { baseline: 0.6, match: 0.85 };
    expect(scaleDense(0.6, scale)).toBeCloseTo(0);
    expect(scaleDense(0.85, scale)).toBeCloseTo(1);
    expect(scaleDense(0.5, { baseline: 0.5, match: 0.5 })).toBe(0.5);
  });
});

describe('answer-type evidence', () => {
  it('GIVEN a sentence of the asked kind sharing words with the question THEN it wins a tie', () => {
    const ranked = rank([
      { slot: 1, lexical: 0.4, dense: 0.3, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 },
      { slot: 2, lexical: 0.4, dense: 0.3, neighbour: 0, phrase: 0, answerType: 1, functionWords: 0 },
    ]);
    expect(ranked[0]!.slot).toBe(2);
  });

  it('GIVEN a sentence of the asked kind with no word of the question THEN the kind alone adds nothing', () => {
    const a = fusedScore({ slot: 1, lexical: 0, dense: 0.3, neighbour: 0, phrase: 0, answerType: 1, functionWords: 0 });
    const b = fusedScore({ slot: 2, lexical: 0, dense: 0.3, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 });
    expect(a).toBe(b);
  });
});

describe('fusion profiles', () => {
  // The sentence holding the quoted words in order, against one that shares the words scattered
  // and has neighbours that share them too.
  const inOrder = { slot: 1, lexical: 0.9, dense: 0.6, neighbour: 0, phrase: 0.9, answerType: 0, functionWords: 0 };
  const scattered = { slot: 2, lexical: 1.0, dense: 0.7, neighbour: 0.9, phrase: 0.1, answerType: 0, functionWords: 0 };

  it('GIVEN a quote THEN word order outweighs neighbour support', () => {
    expect(rank([inOrder, scattered], QUOTE_FUSION)[0]!.slot).toBe(1);
  });

  it('GIVEN a question THEN neighbour support still counts for more than word order', () => {
    expect(rank([inOrder, scattered], DEFAULT_FUSION)[0]!.slot).toBe(2);
  });

  it("GIVEN a quote THEN a sentence holding more of its function words ranks first, but they alone add nothing", () => {
    const base = { lexical: 0.8, dense: 0.5, neighbour: 0, phrase: 0.5, answerType: 0 };
    const ranked = rank([{ slot: 1, ...base, functionWords: 0.2 }, { slot: 2, ...base, functionWords: 0.9 }], QUOTE_FUSION);
    expect(ranked[0]!.slot).toBe(2);
    const offTopic = { slot: 3, lexical: 0, dense: 0.1, neighbour: 0, phrase: 0, answerType: 0 };
    expect(fusedScore({ ...offTopic, functionWords: 1 }, QUOTE_FUSION)).toBe(fusedScore({ ...offTopic, functionWords: 0 }, QUOTE_FUSION));
  });
});

