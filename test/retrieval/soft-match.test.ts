import { describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { readQuestion, type Question } from '../../src/retrieval/question.ts';
import type { TermEvidence } from '../../src/retrieval/retrieve.ts';
import { softCoverage, softText, wordCredits, type WordVectorLookup } from '../../src/retrieval/soft-match.ts';
import { vocabularyOf } from '../../src/retrieval/spelling.ts';

const CUTOFF = 0.6;

/** A unit vector in the plane at the given cosine to the x axis. */
function atCosine(cos: number): Float32Array {
  return new Float32Array([cos, Math.sqrt(1 - cos * cos), 0]);
}

/** A question read against a vocabulary holding every word of the given texts. */
function question(text: string, ...corpus: string[]): Question {
  const frequencies = new Map<string, number>();
  for (const s of [text, ...corpus]) for (const t of new Set(terms(s))) frequencies.set(t, 1);
  return readQuestion(text, vocabularyOf(frequencies));
}

/** Every question term weighs the same. */
function evenEvidence(q: Question): TermEvidence {
  return { terms: q.terms, weights: q.terms.map(() => 1), idf: q.terms.map(() => 1), totalIdf: q.terms.length, documentCoverage: new Map(), documentCounts: [], documentPosterior: new Map(), titleCoverage: new Map() };
}

function lookup(vectors: Record<string, Float32Array>): WordVectorLookup {
  return (word) => vectors[word] ?? null;
}

describe('soft coverage', () => {
  it('GIVEN the sentence holds the dictionary form of the question word THEN it counts fully, vectors or not', () => {
    const q = question('Who is dying?');
    const sentence = 'Three people died.';
    expect(softCoverage(q, evenEvidence(q), softText(sentence), wordCredits(lookup({}), CUTOFF))).toBe(1);
    expect(softCoverage(q, evenEvidence(q), softText(sentence), wordCredits(lookup({ die: atCosine(1), people: atCosine(0) }), CUTOFF))).toBe(1);
  });

  it('GIVEN a neighbour above the cutoff THEN it counts between a half and one, more the closer it is', () => {
    const q = question('How many murders?');
    const sentence = 'Homicide rates fell.';
    const at = (cos: number) => softCoverage(q, evenEvidence(q), softText(sentence), wordCredits(lookup({ murder: atCosine(1), homicide: atCosine(cos) }), CUTOFF));
    expect(at(0.8)).toBeGreaterThan(0.5);
    expect(at(0.8)).toBeLessThan(1);
    expect(at(0.8)).toBeCloseTo(0.75, 5);
    expect(at(0.95)).toBeGreaterThan(at(0.8));
    expect(at(CUTOFF)).toBeCloseTo(0.5, 5);
  });

  it('GIVEN the nearest word below the cutoff THEN the question word counts nothing', () => {
    const q = question('How many murders?');
    const vectors = lookup({ murder: atCosine(1), homicide: atCosine(0.5), rate: atCosine(0.1), fall: atCosine(0) });
    expect(softCoverage(q, evenEvidence(q), softText('Homicide rates fell.'), wordCredits(vectors, CUTOFF))).toBe(0);
  });

  it('GIVEN only a shared stem ("universe" / "University") and vectors far apart THEN it does not count; without vectors the stem does', () => {
    const q = question('How old is the universe?', 'She studied at the University.');
    const sentence = 'She studied at the University.';
    const far = lookup({ universe: atCosine(1), university: atCosine(0), study: atCosine(0.2) });
    expect(softCoverage(q, evenEvidence(q), softText(sentence), wordCredits(far, CUTOFF))).toBe(0);
    expect(softCoverage(q, evenEvidence(q), softText(sentence), wordCredits(lookup({}), CUTOFF))).toBe(1);
  });

  it('GIVEN two question words, one held and one not THEN the share follows their IDF weights', () => {
    const q = question('Did fentanyl deaths fall?', 'Fentanyl seizures fell.');
    const evidence: TermEvidence = { ...evenEvidence(q), idf: q.terms.map((t) => (t === terms('fentanyl')[0] ? 3 : 1)), totalIdf: 3 + (q.terms.length - 1) };
    // "fentanyl" (3 of 5) and "fall" (1 of 5) are held; "deaths" is not and has no vector.
    expect(q.terms).toHaveLength(3);
    expect(softCoverage(q, evidence, softText('Fentanyl seizures fell.'), wordCredits(lookup({}), CUTOFF))).toBeCloseTo(4 / 5, 10);
  });
});

describe('one word of the text for one word of the question', () => {
  it('GIVEN a question word whose only neighbour in the text is another question word, held as it is ("vice" / "President") THEN it counts nothing; the held word counts fully', () => {
    const q = question('Who is the vice president?', 'Mexican President Claudia Sheinbaum spoke.');
    const text = softText('Mexican President Claudia Sheinbaum spoke.');
    // "vice" and "president" are neighbours in the embedding, as they are in the offline model (0.76).
    const vectors = lookup({ vice: atCosine(1), president: atCosine(0.9), mexican: atCosine(0), speak: atCosine(0.1) });
    const held = (credit: ReturnType<typeof wordCredits>) => Object.fromEntries(q.content.map((c) => [c.word, credit(c, text)]));
    expect(held(wordCredits(vectors, CUTOFF))).toMatchObject({ vice: expect.any(Number), president: 1 });
    expect(held(wordCredits(vectors, CUTOFF)).vice).toBeGreaterThan(0.5);
    expect(held(wordCredits(vectors, CUTOFF, new Set(['vice', 'president'])))).toEqual({ vice: 0, president: 1 });
  });

  it('GIVEN the neighbour is a word the question does not use ("murders" / "homicide") THEN it still counts', () => {
    const q = question('How many murders were there?', 'Homicide rates fell.');
    const credit = wordCredits(lookup({ murder: atCosine(1), homicide: atCosine(0.9) }), CUTOFF, new Set(['murder']));
    expect(credit(q.content.find((c) => c.word === 'murders')!, softText('Homicide rates fell.'))).toBeGreaterThan(0.5);
  });
});

describe('word credits of one question', () => {
  it('GIVEN the same word and sentence asked about again (re-ranking, then the decision) THEN the credit is the same and measured once', () => {
    const q = question('How many murders?', 'Homicide rates fell.');
    const text = softText('Homicide rates fell.');
    let lookups = 0;
    const credit = wordCredits((w) => {
      lookups++;
      return { murder: atCosine(1), homicide: atCosine(0.9) }[w] ?? null;
    }, CUTOFF);
    const first = softCoverage(q, evenEvidence(q), text, credit);
    const counted = lookups;
    expect(first).toBeGreaterThan(0);
    expect(softCoverage(q, evenEvidence(q), text, credit)).toBe(first);
    expect(lookups).toBe(counted);
    // Another sentence is measured on its own.
    softCoverage(q, evenEvidence(q), softText('Killings fell.'), credit);
    expect(lookups).toBeGreaterThan(counted);
  });
});
