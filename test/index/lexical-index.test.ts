import { describe, expect, it } from 'vitest';
import { LexicalIndex } from '../../src/index/lexical-index.ts';
import { terms } from '../../src/index/terms.ts';

const SENTENCES = [
  'The leaders held a 15-minute phone call on Monday.',
  'Trump repeated accusations that cartels are running Mexico.',
  'Sheinbaum declined the offer of U.S. troops.',
  'Fentanyl seizures at the border are falling.',
  'The cartels smuggle fentanyl across the border, officials said, and cartels fight each other.',
];

function build(): LexicalIndex {
  const index = new LexicalIndex();
  SENTENCES.forEach((s, slot) => index.add(slot, terms(s)));
  return index;
}

describe('terms', () => {
  it('GIVEN inflected words and stop words THEN it keeps stems of content words only', () => {
    expect(terms('What did the cartels run?')).toEqual(['cartel', 'run']);
    expect(terms('Juan Ramón de la Fuente')).toEqual(terms('juan ramon de la fuente'));
  });
  it('GIVEN numbers THEN decimals and thousands stay whole', () => {
    expect(terms('3.5 percent')).toContain('3.5');
    expect(terms('10,000 troops')).toContain('10000');
  });
});

describe('LexicalIndex', () => {
  it('GIVEN a question sharing rare words with one sentence THEN that sentence ranks first', () => {
    const hits = build().search(terms('How long was the phone call?'), 3);
    expect(hits[0]?.slot).toBe(0);
  });

  it('GIVEN a stemmed form in the question THEN the inflected sentence matches', () => {
    const hits = build().search(terms('Who is running Mexico?'), 1);
    expect(hits[0]?.slot).toBe(1);
  });

  it('GIVEN a term in fewer sentences THEN it weighs more than a common one', () => {
    const index = build();
    expect(index.idf(terms('troops')[0]!)).toBeGreaterThan(index.idf(terms('fentanyl')[0]!));
    expect(index.idf('nosuchterm')).toBeGreaterThan(index.idf(terms('troops')[0]!));
  });

  it('GIVEN equal matches THEN the shorter sentence scores higher (length normalisation)', () => {
    const index = build();
    const q = terms('fentanyl border');
    expect(index.score(3, q)).toBeGreaterThan(index.score(4, q));
  });

  it('GIVEN equal matches THEN coverage, unlike BM25, does not favour the shorter sentence', () => {
    const index = build();
    const q = terms('fentanyl border');
    expect(index.coverage(3, q)).toBe(1);
    expect(index.coverage(4, q)).toBe(1);
  });

  it('GIVEN a sentence holding only the commoner of two terms THEN coverage is the IDF-weighted share, below one half', () => {
    const index = build();
    const q = terms('troops fentanyl');
    const share = index.coverage(3, q);
    expect(share).toBeCloseTo(index.idf(q[1]!) / (index.idf(q[0]!) + index.idf(q[1]!)));
    expect(share).toBeLessThan(0.5);
    expect(index.coverage(0, q)).toBe(0);
  });

  it('GIVEN several sentences together THEN coverageOfSlots counts a term held by any of them once', () => {
    const index = build();
    const q = index.prepare(terms('Trump troops'));
    const trump = index.coveragePrepared(1, q);
    const troops = index.coveragePrepared(2, q);
    expect(trump).toBeGreaterThan(0);
    expect(troops).toBeGreaterThan(0);
    expect(index.coverageOfSlots([1, 2], q)).toBeCloseTo(trump + troops);
    expect(index.coverageOfSlots([1, 2], q)).toBeCloseTo(1);
    expect(index.coverageOfSlots([1, 1, 0], q)).toBeCloseTo(trump);
    expect(index.coverageOfSlots([], q)).toBe(0);
  });

  it('GIVEN slots near together or far apart THEN coverageOfSlots is the union of what each holds', () => {
    // 200 sentences over a small vocabulary, so every term has long posting runs.
    const vocabulary = ['river', 'bridge', 'harbour', 'castle', 'market', 'forest', 'island', 'valley'];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const index = new LexicalIndex();
    for (let slot = 0; slot < 200; slot++) index.add(slot, vocabulary.filter(() => next() < 0.2));
    const q = index.prepare(vocabulary.slice(0, 5));
    const naive = (slots: number[]) => {
      let held = 0;
      q.from.forEach((_, i) => {
        const term = vocabulary[i]!;
        if (slots.some((slot) => index.coverage(slot, [term]) > 0)) held += q.idf[i]!;
      });
      return held / q.totalIdf;
    };
    for (let trial = 0; trial < 200; trial++) {
      const start = Math.floor(next() * 195);
      const slots = trial % 2 ? [start, start + 1, start + 2] : [start, Math.floor(next() * 200), Math.floor(next() * 200)];
      expect(index.coverageOfSlots(slots, q)).toBeCloseTo(naive(slots), 12);
    }
  });

  it('GIVEN a removed sentence THEN it is no longer found and statistics follow', () => {
    const index = build();
    index.remove(2);
    expect(index.size).toBe(4);
    expect(index.search(terms('troops declined'), 5).map((h) => h.slot)).not.toContain(2);
  });

  it('GIVEN a question with no known term THEN there are no hits', () => {
    expect(build().search(terms('capital of Australia'), 5)).toEqual([]);
  });
});

/** BM25 by its definition: every slot scored, all sorted (the reference the index must equal). */
function naiveSearch(docs: Map<number, string[]>, query: readonly string[], limit: number) {
  const index = new LexicalIndex();
  for (const [slot, t] of docs) index.add(slot, t);
  const hits = [...docs.keys()]
    .map((slot) => ({ slot, score: index.score(slot, [...new Set(query)]) }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score || a.slot - b.slot);
  return hits.slice(0, limit);
}

describe('LexicalIndex at scale', () => {
  // A vocabulary with a few very common terms, so many sentences tie and posting lists are long.
  const random = (() => {
    let a = 12345;
    return () => ((a = (a * 1103515245 + 12345) >>> 0) / 2 ** 32);
  })();
  const vocabulary = Array.from({ length: 60 }, (_, i) => `w${i}`);
  const pick = () => vocabulary[Math.floor(random() ** 3 * vocabulary.length)]!;
  const docs = new Map<number, string[]>();
  // Slots added out of order, with gaps, as an incremental build leaves them.
  for (let i = 0; i < 3000; i++) docs.set((i * 7919) % 4001, Array.from({ length: 1 + Math.floor(random() * 12) }, pick));

  it('GIVEN thousands of sentences and common terms THEN search equals full scoring and sorting (ties by slot)', () => {
    const index = new LexicalIndex();
    for (const [slot, t] of docs) index.add(slot, t);
    for (let q = 0; q < 40; q++) {
      const query = Array.from({ length: 1 + (q % 6) }, pick);
      expect(index.search(query, 25)).toEqual(naiveSearch(docs, query, 25));
    }
  });

  it('GIVEN removed and re-added sentences THEN searches and statistics match an index built without them', () => {
    const index = new LexicalIndex();
    for (const [slot, t] of docs) index.add(slot, t);
    const kept = new Map(docs);
    for (const slot of [...docs.keys()].filter((_, i) => i % 5 === 0)) {
      index.remove(slot);
      kept.delete(slot);
    }
    const fresh = new LexicalIndex();
    for (const [slot, t] of kept) fresh.add(slot, t);
    expect(index.size).toBe(fresh.size);
    for (const term of vocabulary.slice(0, 10)) expect(index.idf(term)).toBe(fresh.idf(term));
    expect(index.search(['w0', 'w3', 'w7'], 50)).toEqual(fresh.search(['w0', 'w3', 'w7'], 50));
  });
});

describe('LexicalIndex saved as bytes', () => {
  it('GIVEN an index with removals THEN the bytes load back into one that answers identically and can still change', () => {
    const index = build();
    index.remove(2);
    const loaded = LexicalIndex.fromBytes(index.toBytes());
    expect(loaded.size).toBe(index.size);
    for (const q of ['fentanyl border', 'cartels Mexico', 'phone call Monday', 'troops']) {
      expect(loaded.search(terms(q), 5)).toEqual(index.search(terms(q), 5));
      for (const t of terms(q)) expect(loaded.idf(t)).toBe(index.idf(t));
    }
    loaded.add(7, terms('Troops gathered at the border crossing.'));
    expect(loaded.search(terms('troops crossing'), 1)[0]?.slot).toBe(7);
    expect(index.search(terms('troops crossing'), 5).map((h) => h.slot)).not.toContain(7);
  });

  it('GIVEN a loaded index that gains new terms, saved and loaded again, THEN every term is found as in one built at once', () => {
    // New terms that sort before, between and after the saved ones, some beyond ASCII.
    const later = ['Aardvarks crossed the border.', 'Zebras and cartels met.', 'Mexico’s café in Querétaro reopened.', 'Fentanyl seizures fell again.'];
    const loaded = LexicalIndex.fromBytes(build().toBytes());
    later.forEach((s, i) => loaded.add(SENTENCES.length + i, terms(s)));
    const copy = loaded.clone();
    copy.add(SENTENCES.length + later.length, terms('Yaks grazed near Ñuñoa.'));
    const again = LexicalIndex.fromBytes(copy.toBytes());
    const all = [...SENTENCES, ...later, 'Yaks grazed near Ñuñoa.'];
    const rebuilt = new LexicalIndex();
    all.forEach((s, slot) => rebuilt.add(slot, terms(s)));
    const every = [...new Set(all.flatMap((s) => terms(s)))];
    expect(every.length).toBeGreaterThan(30);
    for (const t of [...every, 'nosuchterm', 'aaa', 'zzzz']) {
      expect(again.idf(t)).toBe(rebuilt.idf(t));
      expect(again.search([t], 10)).toEqual(rebuilt.search([t], 10));
    }
  });

  it('GIVEN bytes of something else THEN loading throws', () => {
    expect(() => LexicalIndex.fromBytes(new Uint8Array(64))).toThrow(/layout/);
  });
});

describe('LexicalIndex copies', () => {
  it('GIVEN a copy WHEN each side adds and removes sentences THEN neither sees the other’s changes', () => {
    const original = build();
    const copy = original.clone();
    copy.add(10, terms('Helicopters patrolled the northern border.'));
    copy.remove(0);
    original.add(11, terms('Submarines patrolled the southern coast.'));
    expect(copy.search(terms('helicopters patrolled'), 3).map((h) => h.slot)).toEqual([10]);
    expect(copy.search(terms('submarines'), 3)).toEqual([]);
    expect(copy.search(terms('phone call'), 3)).toEqual([]);
    expect(original.search(terms('submarines patrolled'), 3).map((h) => h.slot)).toEqual([11]);
    expect(original.search(terms('helicopters'), 3)).toEqual([]);
    expect(original.search(terms('phone call'), 3)[0]?.slot).toBe(0);
    const again = copy.clone();
    again.add(12, terms('Helicopters landed.'));
    expect(copy.search(terms('helicopters'), 5).map((h) => h.slot)).toEqual([10]);
    expect(again.search(terms('helicopters'), 5).map((h) => h.slot).sort()).toEqual([10, 12]);
  });
});

describe('LexicalIndex prepared query terms', () => {
  it('GIVEN terms prepared once THEN every slot scores and covers exactly as with the plain calls', () => {
    const index = build();
    let nonZero = 0;
    for (const query of [terms('cartels fentanyl border'), terms('phone call Monday'), [...terms('Mexico cartels'), 'neverseen']]) {
      const prepared = index.prepare(query);
      for (let slot = 0; slot < 7; slot++) {
        expect(index.scorePrepared(slot, prepared)).toBe(index.score(slot, query));
        expect(index.coveragePrepared(slot, prepared)).toBe(index.coverage(slot, query));
        if (index.score(slot, query) > 0) nonZero++;
      }
    }
    expect(nonZero).toBeGreaterThanOrEqual(5);
  });
});
