import { describe, expect, it } from 'vitest';
import { markedKind, type EvalRecord } from '../../src/evaluation/run-eval.ts';
import { figures, figuresLine } from '../../src/evaluation/summary.ts';
import { evalRecord } from '../helpers/eval-record.ts';


describe('words marked as the answer', () => {
  it('GIVEN marked words that are an answer string, within one or holding one THEN they are the answer; other words are not', () => {
    expect(markedKind('January 12, 2026', ['January 12, 2026'])).toBe('answer');
    expect(markedKind('Monday, January 12, 2026', ['January 12, 2026'])).toBe('answer');
    expect(markedKind('12', ['January 12'])).toBe('answer');
    expect(markedKind('“15-minute”', ['15-minute'])).toBe('answer');
    expect(markedKind('2019', ['2021'])).toBe('other');
    expect(markedKind('2019', [''])).toBe('other');
  });

  it('GIVEN records THEN the share of marked right first passages that are an answer string is counted and printed', () => {
    const f = figures([evalRecord({ marked: 'answer' }), evalRecord({ marked: 'answer' }), evalRecord({ marked: 'other' }), evalRecord({ marked: null })]);
    expect(f.marked).toEqual({ count: 3, answer: 2 / 3 });
    expect(figuresLine('tune', f, false).at(-1)).toMatch(/on 3 right first passages, 66\.7% of them an answer string/);
    // Nothing marked, no line.
    expect(figuresLine('tune', figures([evalRecord({})]), false).join('\n')).not.toMatch(/marked as the answer/);
  });
});

describe('the note that no passage gives the kind of answer asked for', () => {
  it('GIVEN answers with and without the note THEN those with it are counted with their share right at 1 and printed', () => {
    const f = figures([evalRecord({ notGiven: true, rank: 2 }), evalRecord({ notGiven: true, rank: 1 }), evalRecord({ notGiven: true, answered: false, rank: null }), evalRecord({})]);
    expect(f.notGiven).toEqual({ answered: 2, right1: 0.5 });
    expect(figuresLine('tune', f, false).join('\n')).toMatch(/gives a date \/ figure…" note: on 2 answers \(50\.0% right@1\)/);
    expect(figuresLine('tune', figures([evalRecord({})]), false).join('\n')).not.toMatch(/gives a date/);
  });
});

describe('the note that the first passage says another name or figure', () => {
  it('GIVEN answers with and without the note THEN those with it are counted with their share right at 1 and printed', () => {
    const f = figures([evalRecord({ corrected: true, rank: 1 }), evalRecord({ corrected: true, rank: null }), evalRecord({ corrected: true, answered: false, rank: null }), evalRecord({})]);
    expect(f.corrected).toEqual({ answered: 2, right1: 0.5 });
    expect(figuresLine('tune', f, false).join('\n')).toMatch(/says X, not Y" note: on 2 answers \(50\.0% right@1\)/);
    expect(figuresLine('tune', figures([evalRecord({})]), false).join('\n')).not.toMatch(/says X, not Y/);
  });
});

describe('the top passage from its own article, in the mixed corpus', () => {
  it("GIVEN records THEN the line gives the engine's share and MiniSearch's side by side", () => {
    const f = figures([
      evalRecord({ topFromArticle: true, peerTopFromArticle: true }),
      evalRecord({ topFromArticle: true, peerTopFromArticle: false }),
      evalRecord({ topFromArticle: false, peerTopFromArticle: false }),
      evalRecord({ topFromArticle: true, peerTopFromArticle: true }),
    ]);
    expect([f.topFromArticle, f.peerTopFromArticle]).toEqual([0.75, 0.5]);
    expect(figuresLine('check', f, true)[0]).toMatch(/top passage from its article  75\.0% \(MiniSearch 50\.0%\)$/);
  });
});

describe('off-topic refusals by kind', () => {
  const off = (kind: 'general' | 'near the event' | undefined, answered: boolean) =>
    evalRecord({ q: { question: 'Who painted the ceiling?', answers: [], kind: 'off-topic', article: null, half: 'check', ...(kind ? { offTopicKind: kind } : {}) }, answered, rank: null });

  it('GIVEN off-topic questions of two kinds THEN each kind is counted apart, in the order first asked, and printed', () => {
    const f = figures([off('general', false), off('near the event', true), off('general', true), off('near the event', false), off('general', false), off(undefined, true)]);
    expect(f.offTopicByKind).toEqual([
      { kind: 'general', asked: 3, refused: 2 },
      { kind: 'near the event', asked: 2, refused: 1 },
    ]);
    expect(f.offTopic).toBe(6);
    expect(figuresLine('check', f, true).join('\n')).toMatch(/off-topic refused by kind: general 2 of 3, near the event 1 of 2\n/);
  });

  it('GIVEN off-topic questions of one kind or none THEN no line by kind', () => {
    expect(figuresLine('tune', figures([off('general', false), off(undefined, true)]), false).join('\n')).not.toMatch(/by kind/);
    expect(figuresLine('tune', figures([evalRecord({})]), false).join('\n')).not.toMatch(/by kind/);
  });
});

describe('words marked on a passage that holds no answer', () => {
  it('GIVEN answers marked on first passages holding no answer THEN they are counted apart for answerable questions and for questions with none, and printed', () => {
    const none = { question: 'When did the Normans lose Sicily?', answers: [], kind: 'unanswerable' as const, article: 'normans.txt', half: 'tune' as const };
    const f = figures([
      evalRecord({ rank: 2, markedWithout: true }),
      evalRecord({ q: none, rank: null, markedWithout: true }),
      evalRecord({ q: none, rank: null, markedWithout: true }),
      evalRecord({ marked: 'answer' }),
    ]);
    expect(f.markedWithout).toEqual({ answerable: 1, noAnswer: 2 });
    expect(figuresLine('tune', f, false).at(-1)).toMatch(/words marked on a first passage holding no answer: 1 \(answerable questions\), 2 \(questions with none\)$/);
    expect(figuresLine('tune', figures([evalRecord({ marked: 'answer' })]), false).some((l) => l.includes('holding no answer'))).toBe(false);
  });
});

describe('answerable questions refused, by the reason given', () => {
  it('GIVEN refused answerable questions THEN they are counted by reason, most first, with those whose first passage held the answer, and printed', () => {
    const refused = (refusedAs: EvalRecord['refusedAs'], rank: number | null) => evalRecord({ answered: false, confidence: null, refusedAs, rank });
    const f = figures([
      refused('none given', 1),
      refused('none given', null),
      refused('never mentioned', 1),
      refused('none given', 2),
      evalRecord({}),
      // Off-topic refusals are no cost.
      evalRecord({ q: { question: 'Who won the World Cup?', answers: [], kind: 'off-topic', article: null, half: 'tune' }, answered: false, rank: null, refusedAs: 'never mentioned' }),
    ]);
    expect(f.answerableRefusedAs).toEqual([
      { reason: 'none given', refused: 3, answerFirst: 1 },
      { reason: 'never mentioned', refused: 1, answerFirst: 1 },
    ]);
    expect(figuresLine('tune', f, false)).toContainEqual(expect.stringMatching(/answerable refused, by the reason given: none given 3 \(1 with the answer first\), never mentioned 1 \(1 with the answer first\)$/));
    // Nothing refused, no line.
    expect(figuresLine('tune', figures([evalRecord({})]), false).some((l) => l.includes('by the reason given'))).toBe(false);
  });
});
