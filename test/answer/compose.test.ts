import { describe, expect, it } from 'vitest';
import { aroundAnswer, composeAnswer } from '../../src/answer/compose.ts';
import type { ManifestDocument } from '../../src/index/manifest.ts';
import type { Decision } from '../../src/retrieval/answerability.ts';
import { askedKind } from '../../src/retrieval/answer-type.ts';
import type { BuiltPassage } from '../../src/retrieval/passages.ts';

const DOCS: ManifestDocument[] = [{ docId: 'call.md', title: 'The Call', meta: { url: null, date: null }, contentHash: 'x', sentences: 2 }];

function built(text: string, index: number): BuiltPassage {
  const focus = { docId: 'call.md', index, text, kind: 'text' as const, section: null, block: index, leadIn: null, slot: index, terms: '' };
  return { slot: index, score: 1, focus, text, range: [index, index] };
}

const ANSWERED: Pick<Decision, 'answered' | 'confidence' | 'notMentioned' | 'notEnglish' | 'namedElsewhere' | 'neverGiven' | 'neverTogether' | 'missing' | 'corrected'> = { answered: true, confidence: 'low', notMentioned: [], notEnglish: false, missing: [] };
const PAGE = { offset: 0, top: 3 };
const withDate = built('The leaders spoke on Monday, January 12.', 1);
const without = built('The leaders spoke about security.', 2);

describe('composing an answer with the kind of answer asked for', () => {
  it('GIVEN a question asking for a date THEN each shown passage names the words giving one, and a page without any says none is given', () => {
    const when = askedKind('date', 'When did the leaders speak?');
    const a = composeAnswer('When did the leaders speak?', [withDate, without], ANSWERED, DOCS, PAGE, when);
    expect(a.passages.map((p) => p.answer)).toEqual(['Monday, January 12', undefined]);
    expect(a.notGiven).toBeUndefined();
    expect(composeAnswer('When did the leaders speak?', [without], ANSWERED, DOCS, PAGE, when).notGiven).toBe('date');
  });

  it('GIVEN a question about a later instance THEN a day its passage\'s report gives as its own or earlier is not marked, and with none later the answer says no passage gives a date after its report', () => {
    const dated: ManifestDocument[] = [{ ...DOCS[0]!, meta: { url: null, date: '2026-01-12' } }];
    const again = askedKind('date', 'When will the leaders speak again?');
    const past = composeAnswer('When will the leaders speak again?', [withDate, without], ANSWERED, dated, PAGE, again);
    expect(past.passages.map((p) => p.answer)).toEqual([undefined, undefined]);
    expect(past.notGiven).toBe('later-date');
    const later = built('The leaders will speak again on February 3.', 3);
    const next = composeAnswer('When will the leaders speak again?', [later, withDate], ANSWERED, dated, PAGE, again);
    expect(next.passages.map((p) => p.answer)).toEqual(['February 3', undefined]);
    expect(next.notGiven).toBeUndefined();
    // A report without a date says nothing of which day is later: the day is marked.
    expect(composeAnswer('When will the leaders speak again?', [withDate], ANSWERED, DOCS, PAGE, again).passages[0]!.answer).toBe('Monday, January 12');
  });

  it('GIVEN a refusal for names only other documents mention THEN the answer carries them; an answer never does', () => {
    const refused = composeAnswer('When did Rubio speak?', [without], { ...ANSWERED, answered: false, confidence: null, namedElsewhere: ['Rubio'] }, DOCS, PAGE, null);
    expect(refused.namedElsewhere).toEqual(['Rubio']);
    expect(composeAnswer('When did Rubio speak?', [without], { ...ANSWERED, namedElsewhere: ['Rubio'] }, DOCS, PAGE, null).namedElsewhere).toBeUndefined();
    const old = composeAnswer('How old is Rubio?', [without], { ...ANSWERED, answered: false, confidence: null, neverGiven: 'age' }, DOCS, PAGE, null);
    expect(old.neverGiven).toBe('age');
    expect(composeAnswer('How old is Rubio?', [without], { ...ANSWERED, neverGiven: 'age' }, DOCS, PAGE, null).neverGiven).toBeUndefined();
    const apart = composeAnswer('What is the capital of Rubio?', [without], { ...ANSWERED, answered: false, confidence: null, neverTogether: ['capital', 'rubio'] }, DOCS, PAGE, null);
    expect(apart.neverTogether).toEqual(['capital', 'rubio']);
    expect(composeAnswer('What is the capital of Rubio?', [without], { ...ANSWERED, neverTogether: ['capital', 'rubio'] }, DOCS, PAGE, null).neverTogether).toBeUndefined();
  });

  it('GIVEN a refusal or a question asking for no precise kind THEN nothing is marked nor said to be missing', () => {
    const refused = composeAnswer('When did they speak?', [withDate, without], { ...ANSWERED, answered: false, confidence: null }, DOCS, PAGE, askedKind('date', 'When did they speak?'));
    expect(refused.passages.some((p) => p.answer)).toBe(false);
    expect(refused.notGiven).toBeUndefined();
    expect(askedKind('person', 'Who spoke?')).toBeNull();
    expect(composeAnswer('Who spoke?', [without], ANSWERED, DOCS, PAGE, null).notGiven).toBeUndefined();
  });
});

describe('a yes/no question whose premise the first passage gives otherwise', () => {
  it('GIVEN a correction THEN the answer carries it on the page of the first passage only, and never in a refusal', () => {
    const corrected = { asked: 'Tuesday', said: 'Monday' };
    expect(composeAnswer('Was it on Tuesday?', [withDate, without], { ...ANSWERED, corrected }, DOCS, PAGE).corrected).toEqual(corrected);
    expect(composeAnswer('Was it on Tuesday?', [withDate, without], { ...ANSWERED, corrected }, DOCS, { offset: 1, top: 3 }).corrected).toBeUndefined();
    expect(composeAnswer('Was it on Tuesday?', [withDate, without], { ...ANSWERED, answered: false, confidence: null, corrected }, DOCS, PAGE).corrected).toBeUndefined();
  });
});

describe('a sentence cut around the words that answer', () => {
  it('GIVEN words the sentence holds THEN it is cut at their first occurrence; else nothing', () => {
    expect(aroundAnswer('In 2019 and again in 2019.', '2019')).toEqual(['In ', '2019', ' and again in 2019.']);
    expect(aroundAnswer('No figure here.', '2019')).toBeNull();
    expect(aroundAnswer('No figure here.', undefined)).toBeNull();
  });
});

describe('passages of different documents that give one figure differently', () => {
  const DOCS2: ManifestDocument[] = [...DOCS, { docId: 'gazette.md', title: 'The Gazette', meta: { url: null, date: '2026-01-13' }, contentHash: 'y', sentences: 2 }];
  const inDoc = (docId: string, text: string, index: number): BuiltPassage => {
    const p = built(text, index);
    return { ...p, focus: { ...p.focus, docId } };
  };
  const fifteen = inDoc('call.md', 'The leaders held a 15-minute phone call on Monday, January 12.', 1);
  const twenty = inDoc('gazette.md', 'The leaders held a 20-minute phone call on Monday, January 12.', 1);

  it('GIVEN two documents giving one figure differently THEN the answer names the pair and the two figures', () => {
    const a = composeAnswer('How long was the call?', [fifteen, without, twenty], ANSWERED, DOCS2, PAGE);
    expect(a.differences).toEqual([{ passages: [0, 2], figures: ['15-minute', '20-minute'] }]);
  });

  it('GIVEN the two in one document, or a refusal THEN no difference is said', () => {
    expect(composeAnswer('How long was the call?', [fifteen, inDoc('call.md', twenty.focus.text, 2)], ANSWERED, DOCS2, PAGE).differences).toBeUndefined();
    expect(composeAnswer('How long was the call?', [fifteen, twenty], { ...ANSWERED, answered: false, confidence: null }, DOCS2, PAGE).differences).toBeUndefined();
  });
});
