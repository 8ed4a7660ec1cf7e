import { describe, expect, it } from 'vitest';
import { stem } from '../../src/index/terms.ts';
import { corpusTroponym } from '../../src/retrieval/troponym.ts';

/** A corpus's vocabulary as the reader asks it: its terms with their frequencies, and which pairs meet. */
function vocabulary(words: Record<string, number>, pairs: [string, string][]) {
  const terms = new Map(Object.entries(words).map(([w, n]) => [stem(w), n]));
  const meeting = new Set(pairs.flatMap(([a, b]) => [`${stem(a)} ${stem(b)}`, `${stem(b)} ${stem(a)}`]));
  return { has: (t: string) => terms.has(t), frequency: (t: string) => terms.get(t) ?? 0, meets: (a: string, b: string) => meeting.has(`${a} ${b}`) };
}

describe('a verb read as a particular way of saying it', () => {
  const call = [stem('call')];

  it('GIVEN "end", and a corpus saying the call "concluded" THEN "end" is read as "conclude"', () => {
    expect(corpusTroponym('end', vocabulary({ concluded: 1, call: 3 }, [['concluded', 'call']]), call)).toBe(stem('concluded'));
  });

  it('GIVEN the troponym nowhere near the question\'s other words THEN it is not read: nothing says it was meant', () => {
    expect(corpusTroponym('end', vocabulary({ concluded: 1, call: 3 }, []), call)).toBeNull();
    expect(corpusTroponym('end', vocabulary({ concluded: 1 }, [['concluded', 'call']]), [])).toBeNull();
    expect(corpusTroponym('end', { has: () => true, frequency: () => 1 }, call)).toBeNull();
  });

  it('GIVEN a troponym commoner in English than the verb ("go" of "end"), or one that is most often a noun ("action" of "finish") THEN it is not read', () => {
    expect(corpusTroponym('end', vocabulary({ going: 4, call: 3 }, [['going', 'call']]), call)).toBeNull();
    expect(corpusTroponym('finish', vocabulary({ action: 2, call: 3 }, [['action', 'call']]), call)).toBeNull();
  });

  it('GIVEN two troponym meanings in the corpus ("conclude", "disappear") THEN neither is read; two words of one meaning, the corpus\'s commoner', () => {
    expect(corpusTroponym('end', vocabulary({ concluded: 1, disappeared: 1, call: 3 }, [['concluded', 'call'], ['disappeared', 'call']]), call)).toBeNull();
    expect(corpusTroponym('end', vocabulary({ concluded: 1, disappeared: 1, call: 3 }, [['concluded', 'call']]), call)).toBe(stem('concluded'));
    // "vanish, disappear" is listed twice among the troponyms of "end", by two senses: one meaning.
    expect(corpusTroponym('end', vocabulary({ vanished: 1, disappeared: 5, call: 3 }, [['vanished', 'call'], ['disappeared', 'call']]), call)).toBe(stem('disappeared'));
  });

  it('GIVEN a verb WordNet gives no troponyms, or no verb at all THEN nothing is read', () => {
    expect(corpusTroponym('xyzzy', vocabulary({ call: 3 }, []), call)).toBeNull();
  });
});
