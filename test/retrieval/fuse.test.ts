import { describe, expect, it } from 'vitest';
import { DEFAULT_FUSION, FEATURE_NAMES, HAND_FUSION, QUOTE_FUSION, fusedScore, rank, rerankHead, type CandidateFeatures } from '../../src/retrieval/fuse.ts';

/** A candidate with every feature 0 but those given; coverage follows lexical unless given. */
function c(slot: number, given: Partial<Omit<CandidateFeatures, 'slot'>>): CandidateFeatures {
  const lexical = given.lexical ?? 0;
  const coverage = given.coverage ?? Math.min(1, lexical);
  return { slot, lexical, dense: 0, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0, coverage, neighbourCoverage: 0, documentCoverage: 0, softCoverage: coverage, documentPosterior: 0, titleCoverage: 0, nearbyCoverage: coverage, inOrder: 0, ...given };
}

describe('fusion', () => {
  it('GIVEN one candidate strong lexically and one strong densely THEN both signals count', () => {
    const equal = { ...HAND_FUSION, lexical: 0.5, dense: 0.5 };
    const ranked = rank([
      c(1, { lexical: 0.9, dense: 0.0, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 }),
      c(2, { lexical: 0.0, dense: 0.6, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 }),
      c(3, { lexical: 0.5, dense: 0.5, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 }),
    ], equal);
    expect(ranked.map((r) => r.slot)).toEqual([3, 1, 2]);
  });

  it('GIVEN equal sentences THEN neighbour support breaks the tie', () => {
    const ranked = rank([
      c(1, { lexical: 0.4, dense: 0.4, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 }),
      c(2, { lexical: 0.4, dense: 0.4, neighbour: 0.8, phrase: 0, answerType: 0, functionWords: 0 }),
    ], HAND_FUSION);
    expect(ranked[0]!.slot).toBe(2);
  });

  it('GIVEN a huge lexical score THEN it is capped', () => {
    const a = fusedScore(c(0, { lexical: 50, coverage: 0, dense: 0, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 }), HAND_FUSION);
    expect(a).toBeCloseTo(HAND_FUSION.lexical * HAND_FUSION.lexicalCap);
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
      c(1, { lexical: 0.4, dense: 0.3, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 }),
      c(2, { lexical: 0.4, dense: 0.3, neighbour: 0, phrase: 0, answerType: 1, functionWords: 0 }),
    ]);
    expect(ranked[0]!.slot).toBe(2);
  });

  it('GIVEN one shared word of many THEN the kind counts only as much as the question is covered', () => {
    const full = fusedScore(c(1, { lexical: 1, coverage: 1, answerType: 1 }), HAND_FUSION) - fusedScore(c(1, { lexical: 1, coverage: 1 }), HAND_FUSION);
    const oneWord = fusedScore(c(2, { lexical: 1, coverage: 0.2, answerType: 1 }), HAND_FUSION) - fusedScore(c(2, { lexical: 1, coverage: 0.2 }), HAND_FUSION);
    expect(oneWord).toBeCloseTo(full * 0.2);
  });

  it('GIVEN a sentence of the asked kind with no word of the question THEN the kind alone adds nothing', () => {
    const a = fusedScore(c(1, { lexical: 0, dense: 0.3, neighbour: 0, phrase: 0, answerType: 1, functionWords: 0 }));
    const b = fusedScore(c(2, { lexical: 0, dense: 0.3, neighbour: 0, phrase: 0, answerType: 0, functionWords: 0 }));
    expect(a).toBe(b);
  });
});

describe('fusion profiles', () => {
  // The sentence holding the quoted words in order, against one that shares the words scattered
  // and has neighbours that share them too.
  const inOrder = c(1, { lexical: 0.9, dense: 0.6, neighbour: 0, phrase: 0.9, answerType: 0, functionWords: 0 });
  const scattered = c(2, { lexical: 1.0, dense: 0.7, neighbour: 0.9, phrase: 0.1, answerType: 0, functionWords: 0 });

  it('GIVEN a quote THEN word order outweighs neighbour support', () => {
    expect(rank([inOrder, scattered], QUOTE_FUSION)[0]!.slot).toBe(1);
  });

  it('GIVEN the hand-set question weights THEN neighbour support counts for more than word order', () => {
    expect(rank([inOrder, scattered], HAND_FUSION)[0]!.slot).toBe(2);
  });

  it('GIVEN the learned question weights THEN none is negative and word pairs weigh less than in a quote', () => {
    for (const name of FEATURE_NAMES) expect(DEFAULT_FUSION[name]).toBeGreaterThanOrEqual(0);
    expect(DEFAULT_FUSION.phrase).toBeLessThan(QUOTE_FUSION.phrase);
  });

  it("GIVEN a quote THEN a sentence holding more of its function words ranks first, but they alone add nothing", () => {
    const base = { lexical: 0.8, dense: 0.5, neighbour: 0, phrase: 0.5, answerType: 0 };
    const ranked = rank([c(1, { ...base, functionWords: 0.2 }), c(2, { ...base, functionWords: 0.9 })], QUOTE_FUSION);
    expect(ranked[0]!.slot).toBe(2);
    const offTopic = { lexical: 0, dense: 0.1, neighbour: 0, phrase: 0, answerType: 0 };
    expect(fusedScore(c(3, { ...offTopic, functionWords: 1 }), QUOTE_FUSION)).toBe(fusedScore(c(3, { ...offTopic, functionWords: 0 }), QUOTE_FUSION));
  });
});

describe('re-ranking the head with paraphrase evidence', () => {
  it('GIVEN a candidate whose paraphrases are found THEN it rises above one with the same exact words', () => {
    const w = { ...HAND_FUSION, softCoverage: 1 };
    const ranked = rank([c(1, { lexical: 0.5, dense: 0.3 }), c(2, { lexical: 0.5, dense: 0.29 })], w);
    expect(ranked[0]!.slot).toBe(1);
    const again = rerankHead(ranked, 2, (slot) => (slot === 2 ? 1 : 0.5), w);
    expect(again.map((r) => r.slot)).toEqual([2, 1]);
    expect(again[0]!.features.softCoverage).toBe(1);
  });
});

