import { describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { CONFIDENCE_ONLY_FEATURES, DECISION_FEATURES, DECISION_SIGNS, decide, decisionFeatures, entityMissing, featureArray, leadMargin, missingFromPassage, namesOnlyElsewhere, namesUnlikeCorpus, neverTogether, onlyNamesShared, thingsAskedAbout, withCorrection, withMissing, type DecisionFeatures, type DecisionModel } from '../../src/retrieval/answerability.ts';
import type { Background } from '../../src/retrieval/background.ts';
import { LEARNED_DECISION } from '../../src/retrieval/learned-weights.ts';
import { verbsAfterNamedSubject } from '../../src/retrieval/question-verbs.ts';
import type { Ranked } from '../../src/retrieval/fuse.ts';
import { readQuestion, type Question } from '../../src/retrieval/question.ts';
import type { TermEvidence } from '../../src/retrieval/retrieve.ts';
import { softText, wordCredit, type WordVectorLookup } from '../../src/retrieval/soft-match.ts';
import { vocabularyOf } from '../../src/retrieval/spelling.ts';

// A one-document corpus: sentence slots 0-2 of "call.md".
const SENTENCES = [
  'The leaders held a 15-minute phone call on Monday, January 12, 2026.',
  'Rubio asked for tangible results after the call ended.',
  'Sheinbaum said the call went well.',
];
const DOC = 'call.md';
const frequencies = new Map<string, number>();
for (const s of SENTENCES) for (const t of new Set(terms(s))) frequencies.set(t, (frequencies.get(t) ?? 0) + 1);
const vocabulary = vocabularyOf(frequencies);

/** Term evidence as the index would give it: IDF per term and how many sentences of the document hold it. */
function evidenceFor(q: Question): TermEvidence {
  const idf = q.terms.map((t) => Math.log(1 + SENTENCES.length / (1 + (frequencies.get(t) ?? 0))));
  const documentCounts = q.terms.map((t) => new Map(frequencies.has(t) ? [[DOC, frequencies.get(t)!]] : []));
  return { terms: q.terms, weights: q.terms.map(() => 1), idf, totalIdf: idf.reduce((a, b) => a + b, 0), documentCoverage: new Map(), documentCounts, documentPosterior: new Map(), titleCoverage: new Map() };
}

function ranked(slot: number, over: Partial<Ranked['features']> = {}): Ranked {
  const features = { slot, lexical: 0.5, dense: 0.6, phrase: 0, neighbour: 0, answerType: 0, functionWords: 0, coverage: 0.9, neighbourCoverage: 0, documentCoverage: 0.8, softCoverage: 0.9, documentPosterior: 0.5, titleCoverage: 0, nearbyCoverage: 0.9, inOrder: 0, ...over };
  return { slot, score: 1, features };
}

const BACKGROUND: Background = { coverage: 0.12, dense: 0.3 };

// Word vectors for soft matching: "talk" and "call" are neighbours, nothing else is known.
const VECTORS = new Map<string, Float32Array>([
  ['talk', new Float32Array([0.8, 0.6])],
  ['call', new Float32Array([1, 0])],
]);
const NO_VECTORS: WordVectorLookup = () => null;

function featuresOf(question: string, slot: number, vectors: WordVectorLookup = NO_VECTORS, head: readonly number[] = [slot]): DecisionFeatures {
  const q = readQuestion(question, vocabulary);
  const soft = { credit: (c: Question['content'][number], t: ReturnType<typeof softText>) => wordCredit(c, t, vectors, 0.5), passage: softText(SENTENCES[slot]!), head: head.map((h) => softText(SENTENCES[h]!)) };
  return decisionFeatures(q, evidenceFor(q), [ranked(slot)], SENTENCES[slot]!, DOC, BACKGROUND, soft);
}

function zeros(over: Partial<DecisionFeatures> = {}): DecisionFeatures {
  return { ...(Object.fromEntries(DECISION_FEATURES.map((n) => [n, 0])) as DecisionFeatures), ...over };
}

/** A model that reads only passageCoverage: answerable from 0.5 up, "high" from 0.9, "medium" from 0.5. */
function coverageModel(): DecisionModel {
  const only = (w: number) => DECISION_FEATURES.map((n) => (n === 'passageCoverage' ? w : 0));
  return { method: 'test', answerable: { intercept: -4, weights: only(8) }, threshold: 0.5, right: { intercept: -4, weights: only(8) }, bands: { high: 0.9, medium: 0.5 } };
}

function constantModel(z: number): DecisionModel {
  return { method: 'test', answerable: { intercept: z, weights: DECISION_FEATURES.map(() => 0) }, threshold: 0.5, right: { intercept: z, weights: DECISION_FEATURES.map(() => 0) }, bands: { high: 0.8, medium: 0.5 } };
}

describe('decision features', () => {
  it('GIVEN a passage holding every question word and the asked-for kind of answer THEN the shares are full and nothing is missing', () => {
    const f = featuresOf('How long was the phone call?', 0);
    expect(f).toMatchObject({ passageCoverage: 1, lemmaCoverage: 1, passageCoverageEnglish: 1, absent: 0, absentSpecific: 0, missingMax: 0 });
    expect(f).toMatchObject({ typeHeld: 1, typeMissing: 0, exactTypeMissing: 0, focusAbsent: 0, focusMissing: 0, unknownName: 0, entityMissing: 0 });
    expect(f.inverseTerms).toBe(1 / 2);
    // Ranking evidence and the corpus background pass through.
    expect(f).toMatchObject({ coverage: 0.9, dense: 0.6, documentCoverage: 0.8, backgroundCoverage: 0.12, backgroundDense: 0.3 });
    // "call" is in all three sentences of the document, "phone" in one: only "call" shows what the document is about.
    expect(f.topicality).toBeGreaterThan(0);
    expect(f.topicality).toBeLessThan(1);
    expect(featureArray(f)).toHaveLength(DECISION_FEATURES.length);
  });

  it('GIVEN a passage lacking the first and rarest question word and the kind of answer THEN missing, focus and type features say so', () => {
    const f = featuresOf('How long was the phone call?', 1);
    expect(f.typeHeld).toBe(0);
    expect(f.typeMissing).toBe(1);
    // A duration is recognised precisely: its absence says more than a name's or a reason's.
    expect(f.exactTypeMissing).toBe(1);
    expect(featuresOf('Why did Rubio ask?', 2)).toMatchObject({ typeMissing: 1, exactTypeMissing: 0 });
    expect(f.focusMissing).toBe(1);
    expect(f.passageCoverage).toBeGreaterThan(0);
    expect(f.passageCoverage).toBeLessThan(0.5);
    expect(f.missingMax).toBeCloseTo(1 - f.passageCoverage, 10);
  });

  it('GIVEN a question word the corpus never uses THEN it is absent, and a specific word weighs more absent than an everyday one', () => {
    const giraffe = featuresOf('Did giraffes make the phone call?', 0);
    const people = featuresOf('Did people make the phone call?', 0);
    expect(giraffe.absent).toBeGreaterThan(0);
    expect(giraffe.focusAbsent).toBe(1);
    expect(giraffe.absentSpecific).toBeGreaterThan(people.absentSpecific);
    expect(people.absentSpecific).toBeGreaterThan(0);
    expect(featuresOf('Did the leaders make the phone call?', 0).absentSpecific).toBeLessThan(people.absentSpecific);
  });

  it('GIVEN a question word the passage holds only as an embedding neighbour ("talk" / "call") THEN it is not missing with vectors, and missing without', () => {
    const withVectors = featuresOf('How long was the talk?', 2, (w) => VECTORS.get(w) ?? null);
    const without = featuresOf('How long was the talk?', 2);
    expect(withVectors.softMissingMax).toBe(0);
    expect(withVectors.softHeadMissing).toBe(0);
    expect(without.softMissingMax).toBe(1);
    expect(without.softHeadMissing).toBe(1);
  });

  it('GIVEN a word the passage lacks but another of the best candidates holds THEN it is missing from the passage, not from the candidates', () => {
    const f = featuresOf('Did Rubio ask for a phone call?', 1, NO_VECTORS, [1, 0]);
    expect(f.softMissingMax).toBeGreaterThan(0);
    expect(f.softHeadMissing).toBe(0);
    expect(featuresOf('Did Rubio ask for a phone call?', 1, NO_VECTORS, [1]).softHeadMissing).toBeGreaterThan(0);
  });

  it('GIVEN a question asking what did not happen, or the opposite of what the passage says THEN negationUnmatched and oppositeHeld are set', () => {
    expect(featuresOf('What did Rubio not ask for?', 1)).toMatchObject({ negationUnmatched: 1, oppositeHeld: 0 });
    expect(featuresOf('What did Rubio ask for?', 1)).toMatchObject({ negationUnmatched: 0, oppositeHeld: 0 });
    expect(featuresOf('What did Rubio ask for when the call began?', 1).oppositeHeld).toBe(1);
    // "before" / "after" is the same order turned round, no contradiction.
    expect(featuresOf('What did Rubio ask for before the call?', 1).oppositeHeld).toBe(0);
    // A bare "Why not?" negates the previous answer: without words of its own it contradicts no passage.
    expect(featuresOf('Why not?', 1).negationUnmatched).toBe(0);
  });

  it('GIVEN a question naming another day than the passage, in the same words THEN nameSwapped is set', () => {
    expect(featuresOf('Why did the leaders hold a phone call on Tuesday?', 0).nameSwapped).toBe(1);
    expect(featuresOf('Why did the leaders hold a phone call on Monday?', 0).nameSwapped).toBe(0);
    // A yes/no question is answered by the passage that names the other day.
    expect(featuresOf('Did the leaders hold a phone call on Tuesday?', 0).nameSwapped).toBe(0);
  });

  it('GIVEN a noun the corpus never mentions THEN absentNouns holds its share; a verb or adverb the corpus lacks does not count', () => {
    const population = featuresOf('What was the population when the call was held?', 0);
    expect(population.absentNouns).toBeGreaterThan(0);
    expect(population.absentNouns).toBe(population.absentSpecific);
    const spoken = featuresOf('When did the leaders speak together?', 0);
    expect(spoken.absentSpecific).toBeGreaterThan(0);
    expect(spoken.absentNouns).toBe(0);
  });

  it('GIVEN names the corpus never mentions THEN unknownName is set', () => {
    expect(readQuestion('Did Macron make the phone call?', vocabulary).names).toEqual(['Macron']);
    expect(featuresOf('Did Macron make the phone call?', 0).unknownName).toBe(1);
  });
});

describe('names and numbers the passage lacks', () => {
  it('GIVEN "In what year did X happen?" and a passage without the name THEN the name is missing', () => {
    expect(entityMissing('In what year did Harold fight at Hastings?', 'Harold fought at Hastings in 1066.')).toBe(0);
    expect(entityMissing('In what year did Harold fight at Hastings?', 'William landed at Pevensey in 1066.')).toBe(1);
  });

  it('GIVEN a year in the question and a passage without that year THEN that share is missing', () => {
    expect(entityMissing('What happened at Hastings in 1066?', 'The battle of Hastings was fought in October.')).toBe(0.5);
    expect(entityMissing('What happened at Hastings in 1066?', 'In 1066 the battle of Hastings was fought.')).toBe(0);
  });

  it('GIVEN no names or numbers after the first word THEN nothing is missing', () => {
    expect(entityMissing('What did they agree on?', 'Nothing relevant.')).toBe(0);
  });
});

describe('names that only other documents mention', () => {
  // Two documents: "city.md" names Mexico City; "river.md" names Cologne, a city, and "US" as a word ("us").
  const evidence = (termsAndDocs: Record<string, string[]>) => {
    const terms = Object.keys(termsAndDocs);
    return { terms, documentCounts: terms.map((t) => new Map(termsAndDocs[t]!.map((d) => [d, 1] as const))) };
  };
  const corpus = evidence({ population: ['river.md'], mexico: ['city.md'], citi: ['city.md', 'river.md'], cologn: ['river.md'] });

  it('GIVEN a question whose every name only another document than the passage\'s mentions THEN those names, a name of several words as one', () => {
    // "City" alone is in the river's document too: the name is "Mexico City", which it never holds.
    expect(namesOnlyElsewhere('What is the population of Mexico City?', corpus, 'river.md')).toEqual(['Mexico City']);
  });

  it('GIVEN the passage\'s document holds one of the names THEN none: the question may be about that document', () => {
    expect(namesOnlyElsewhere('What is the population of Mexico City?', corpus, 'city.md')).toEqual([]);
    expect(namesOnlyElsewhere('Is Cologne bigger than Mexico City?', corpus, 'river.md')).toEqual([]);
  });

  it('GIVEN no name the corpus mentions (none at all, function words, names it never uses, the first word) THEN none', () => {
    expect(namesOnlyElsewhere('What is the population?', corpus, 'city.md')).toEqual([]);
    expect(namesOnlyElsewhere('What did the US say about Atlantis?', corpus, 'city.md')).toEqual([]);
    expect(namesOnlyElsewhere('Cologne is where?', corpus, 'city.md')).toEqual([]);
  });

  it('GIVEN a question typed in lower case THEN the words the corpus writes as names count, each part of a hyphened word a name', () => {
    const writtenAsName = (t: string) => t === 'mexico' || t === 'cologn' || t === 'un';
    expect(namesOnlyElsewhere('what is the population of mexico city', corpus, 'river.md', writtenAsName)).toEqual(['mexico']);
    expect(namesOnlyElsewhere('what is the population of mexico city', corpus, 'river.md')).toEqual([]);
    expect(namesOnlyElsewhere('how big is cologne', corpus, 'river.md', writtenAsName)).toEqual([]);
    // "un-elected" holds the corpus's "UN", but "elect" is no name.
    const withUn = evidence({ un: ['city.md'], elect: ['river.md'] });
    expect(namesOnlyElsewhere('who are the un-elected officials', withUn, 'river.md', writtenAsName)).toEqual([]);
  });

  it('GIVEN a document that never gives the kind of answer asked for THEN the question is refused whatever the model says, saying which kind; other reasons come first', () => {
    const q = readQuestion('Did Sheinbaum say the call went well?', vocabulary);
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { kindNeverGiven: 'age' })).toMatchObject({ answered: false, confidence: null, neverGiven: 'age' });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { kindNeverGiven: null })).toMatchObject({ answered: true });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { kindNeverGiven: 'age', namesElsewhere: ['Sheinbaum'] })).toMatchObject({ answered: false, namedElsewhere: ['Sheinbaum'] });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { kindNeverGiven: 'age', namesElsewhere: ['Sheinbaum'] }).neverGiven).toBeUndefined();
  });

  it('GIVEN names only elsewhere THEN the question is refused whatever the model says, saying which; a corrected premise\'s name does not count', () => {
    // Every word of it the corpus uses: only where the names are decides.
    const q = readQuestion('Did Sheinbaum say the call went well?', vocabulary);
    expect(q.names).toEqual([]);
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { namesElsewhere: ['Sheinbaum'] })).toMatchObject({ answered: false, confidence: null, notMentioned: [], namedElsewhere: ['Sheinbaum'] });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { namesElsewhere: [] })).toMatchObject({ answered: true });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10)).namedElsewhere).toBeUndefined();
    const premise = { asked: 'Tuesday', answered: true };
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { namesElsewhere: ['Tuesday'], premise }).answered).toBe(true);
    // Refused for a name the corpus never mentions, that is what the refusal says.
    const france = readQuestion('Who is the president of France?', vocabulary);
    expect(decide(france, zeros({ passageCoverage: 1 }), constantModel(10), { namesElsewhere: ['Sheinbaum'] })).toMatchObject({ notMentioned: ['France'] });
    expect(decide(france, zeros({ passageCoverage: 1 }), constantModel(10), { namesElsewhere: ['Sheinbaum'] }).namedElsewhere).toBeUndefined();
  });
});

describe('answer or refuse', () => {
  // Its first word is one the corpus uses; "upset" and "giraffes" it never does.
  const q = readQuestion('Did the phone call upset giraffes?', vocabulary);

  it('GIVEN a model THEN the answerable probability is compared with its threshold and the right one sets the confidence word', () => {
    const model = coverageModel();
    const full = decide(q, zeros({ passageCoverage: 1 }), model);
    expect(full).toMatchObject({ answered: true, confidence: 'high', notMentioned: [] });
    expect(full.answerable).toBeCloseTo(1 / (1 + Math.exp(-4)), 10);
    expect(decide(q, zeros({ passageCoverage: 0.6 }), model)).toMatchObject({ answered: true, confidence: 'medium' });
    expect(decide(q, zeros({ passageCoverage: 0.5 }), { ...model, bands: { high: 0.9, medium: 0.6 } })).toMatchObject({ answered: true, confidence: 'low' });
    const refused = decide(q, zeros({ passageCoverage: 0.2 }), model);
    expect(refused).toMatchObject({ answered: false, confidence: null });
  });

  it('GIVEN a first passage that holds none of the question, not even in other words THEN it is refused however sure the model is', () => {
    expect(decide(q, zeros({ passageCoverage: 1 }), coverageModel(), { holdsQuestion: false })).toMatchObject({ answered: false, confidence: null });
  });

  it('GIVEN a refusal with no unknown names THEN notMentioned lists the nouns the corpus does not use, or else its other words', () => {
    expect(decide(q, zeros(), constantModel(-10)).notMentioned).toEqual(['giraffes']);
    const verbs = readQuestion('Did the phone call upset them?', vocabulary);
    expect(decide(verbs, zeros(), constantModel(-10)).notMentioned).toEqual(['upset']);
  });

  it('GIVEN a name the corpus never mentions that is an English word ("France") THEN it refuses and names it, whatever the model says', () => {
    const france = readQuestion('Who is the president of France?', vocabulary);
    expect(france.names).toEqual(['France']);
    const yes = decide(france, zeros({ passageCoverage: 1 }), constantModel(10));
    expect(yes).toMatchObject({ answered: false, confidence: null, notMentioned: ['France'] });
    // The same with the learned model, whatever its weights.
    expect(decide(france, zeros({ passageCoverage: 1 }))).toMatchObject({ answered: false, notMentioned: ['France'] });
  });

  it('GIVEN an unknown capitalised adjective ("the Northern leaders") THEN it names no thing: the model decides', () => {
    const northern = readQuestion('Did the phone call reach the Northern leaders?', vocabulary);
    expect(northern.names).toContain('Northern');
    expect(decide(northern, zeros(), constantModel(10)).answered).toBe(true);
    expect(decide(northern, zeros(), constantModel(-10)).answered).toBe(false);
  });

  it('GIVEN an unknown name that is no English word (a typo, a rare name) THEN the model decides, and a refusal names it', () => {
    const odd = readQuestion('Did the phone call reach Qzxvbrt?', vocabulary);
    expect(odd.names).toEqual(['Qzxvbrt']);
    expect(decide(odd, zeros(), constantModel(10)).answered).toBe(true);
    expect(decide(odd, zeros(), constantModel(-10))).toMatchObject({ answered: false, notMentioned: ['Qzxvbrt'] });
  });

  it('GIVEN an unknown name that is no English word and that no word of the corpus resembles THEN it refuses and names it, whatever the model says', () => {
    const sinaloa = readQuestion('Did Rubio ask for results in Sinaloa?', vocabulary);
    expect(namesUnlikeCorpus(sinaloa, vocabulary)).toEqual(['Sinaloa']);
    expect(decide(sinaloa, zeros(), constantModel(10), { unlikeNames: namesUnlikeCorpus(sinaloa, vocabulary) })).toMatchObject({ answered: false, notMentioned: ['Sinaloa'] });
  });

  it('GIVEN an unknown name two edits from a corpus word, beginning with one, or short THEN it may be a typo, a word of its family or an initialism: the model decides', () => {
    // "Rubeeo" is two edits from "rubio", more than the spelling fixes at six letters.
    const typo = readQuestion('Did Rubeeo ask for results?', vocabulary);
    expect(typo.names).toEqual(['Rubeeo']);
    expect(namesUnlikeCorpus(typo, vocabulary)).toEqual([]);
    const short = readQuestion('Did Rubio ask the UNHC for results?', vocabulary);
    expect(short.names).toEqual(['UNHC']);
    expect(namesUnlikeCorpus(short, vocabulary)).toEqual([]);
    // A name that begins with a word of the corpus is of its family ("Parisien" of "Paris").
    const family = readQuestion('Did Rubio ask Mondayville for results?', vocabulary);
    expect(family.names).toEqual(['Mondayville']);
    expect(namesUnlikeCorpus(family, vocabulary)).toEqual([]);
    // An English word is left to the rule on English names.
    expect(namesUnlikeCorpus(readQuestion('Who is the president of France?', vocabulary), vocabulary)).toEqual([]);
  });
});

describe('what an answered question asks about that the coverage never mentions', () => {
  const softFor = (slot: number, vectors: WordVectorLookup = NO_VECTORS) => ({
    credit: (c: Question['content'][number], t: ReturnType<typeof softText>) => wordCredit(c, t, vectors, 0.5),
    passage: softText(SENTENCES[slot]!),
  });

  it('GIVEN nouns the corpus never uses THEN they are named; the words it uses and the verbs it lacks are not', () => {
    // "giraffes" and "zoo" are nouns no sentence uses; "phone" is used; "upset" is a verb.
    const q = readQuestion('Did the phone call upset giraffes at the zoo?', vocabulary);
    expect(missingFromPassage(q, softFor(0))).toEqual(['giraffes', 'zoo']);
  });

  it('GIVEN a classifier before "of" ("what type of giraffes") THEN it is not named, what it sorts is', () => {
    expect(missingFromPassage(readQuestion('What type of giraffes did the phone call upset?', vocabulary), softFor(0))).toEqual(['giraffes']);
    expect(missingFromPassage(readQuestion('What type did the giraffes like?', vocabulary), softFor(0))).toEqual(['type', 'giraffes']);
  });

  it('GIVEN a word that says what is wanted ("list", "the name of") THEN it is not named, what it asks about is', () => {
    expect(missingFromPassage(readQuestion('List the giraffes the phone call upset', vocabulary), softFor(0))).toEqual(['giraffes']);
    expect(missingFromPassage(readQuestion('What is the name of the zoo?', vocabulary), softFor(0))).toEqual(['zoo']);
  });

  it('GIVEN a word the passage says in other words (an embedding neighbour) THEN it is not named', () => {
    // "conversation" is no word of the corpus, but here a neighbour of "call", which the passage holds.
    const neighbours = new Map([...VECTORS, ['conversation', new Float32Array([0.8, 0.6])]]);
    const q = readQuestion('How long was the conversation about giraffes?', vocabulary);
    expect(missingFromPassage(q, softFor(0, (w) => neighbours.get(w)))).toEqual(['giraffes']);
    expect(missingFromPassage(q, softFor(0))).toEqual(['conversation', 'giraffes']);
  });

  it('GIVEN an answer with something its question asks the coverage never names THEN its confidence is at most low; without, it keeps its word', () => {
    const answered = (confidence: 'high' | 'medium' | 'low') => ({ ...decide(readQuestion('How long was the phone call?', vocabulary), zeros({ passageCoverage: 1 })), answered: true, confidence });
    expect(withMissing(answered('high'), ['population'])).toMatchObject({ confidence: 'low', missing: ['population'] });
    expect(withMissing(answered('medium'), ['population']).confidence).toBe('low');
    expect(withMissing(answered('medium'), [])).toMatchObject({ confidence: 'medium', missing: [] });
    expect(withMissing(answered('high'), []).confidence).toBe('high');
  });

  it('GIVEN an answer whose first passage names another thing than asked THEN it says so at low confidence; a corrected yes/no premise keeps its word', () => {
    const answered = (confidence: 'high' | 'medium' | 'low') => ({ ...decide(readQuestion('How long was the phone call?', vocabulary), zeros({ passageCoverage: 1 })), answered: true, confidence });
    const swap = { asked: 'Leon', said: 'Summer' };
    expect(withCorrection(answered('medium'), null, swap)).toMatchObject({ confidence: 'low', corrected: swap });
    const premise = { asked: 'Tuesday', said: 'Monday' };
    expect(withCorrection(answered('medium'), premise, null)).toMatchObject({ confidence: 'medium', corrected: premise });
    expect(withCorrection(answered('high'), null, null)).not.toHaveProperty('corrected');
  });

  it('GIVEN a name the corpus never mentions THEN it is named as typed; a corrected typo is not', () => {
    expect(missingFromPassage(readQuestion('Did the phone call reach Qzxvbrt?', vocabulary), softFor(0))).toEqual(['Qzxvbrt']);
    const typo = readQuestion('How long was the phnoe call?', vocabulary);
    expect(typo.content.some((c) => c.corrected)).toBe(true);
    expect(missingFromPassage(typo, softFor(0))).toEqual([]);
  });

  it('GIVEN a word mostly a noun used as the verb after a named subject ("does Rubio matter") THEN it is not named', () => {
    expect([...verbsAfterNamedSubject('Why does Mexico matter to the United States?')]).toEqual(['matter']);
    expect([...verbsAfterNamedSubject('Does Marco Rubio support tariffs?')]).toEqual(['support']);
    expect([...verbsAfterNamedSubject('What does the phone call show?')]).toEqual([]);
    // "Rubio" is a corpus word, "matter" and "giraffes" are not; only the noun is named.
    const q = readQuestion('Why does Rubio matter to giraffes?', vocabulary);
    expect(missingFromPassage(q, softFor(0))).toEqual(['giraffes']);
    expect(missingFromPassage(readQuestion('Is the matter of giraffes settled?', vocabulary), softFor(0))).toEqual(['matter', 'giraffes']);
  });

  it('GIVEN the decision alone THEN nothing is missing: the engine measures it on the passage it answers with', () => {
    expect(decide(readQuestion('Did the phone call upset giraffes?', vocabulary), zeros(), constantModel(10)).missing).toEqual([]);
  });
});

describe('how far the first candidate stands ahead', () => {
  it('GIVEN a first candidate far ahead THEN the margin is large; a tie, none; a lone or non-positive one, whole or none', () => {
    expect(leadMargin([{ score: 2 }, { score: 0.5 }])).toBeCloseTo(0.75, 9);
    expect(leadMargin([{ score: 1.2 }, { score: 1.2 }, { score: 0.3 }])).toBe(0);
    expect(leadMargin([{ score: 0.8 }])).toBe(1);
    expect(leadMargin([{ score: -0.1 }, { score: -0.5 }])).toBe(0);
    expect(leadMargin([])).toBe(0);
  });

  it('GIVEN the learned models THEN only the confidence model weighs the margin and a missing figure: they say which passage, not whether the coverage answers', () => {
    expect([...CONFIDENCE_ONLY_FEATURES].sort()).toEqual(['exactTypeMissing', 'leadMargin']);
    for (const f of CONFIDENCE_ONLY_FEATURES) {
      const j = DECISION_FEATURES.indexOf(f);
      expect(LEARNED_DECISION.answerable.weights[j]).toBe(0);
      // Weighed, and the way round its sign says (a margin raises the confidence, a missing figure lowers it).
      expect(LEARNED_DECISION.right.weights[j]! * DECISION_SIGNS[f]).toBeGreaterThan(0);
    }
    expect(LEARNED_DECISION.answerable.weights).toHaveLength(DECISION_FEATURES.length);
    expect(LEARNED_DECISION.right.weights).toHaveLength(DECISION_FEATURES.length);
  });
});

describe('a question that shares only names with the corpus', () => {
  // The corpus writes "Rubio" and "Sheinbaum" as names; every other word is an ordinary one.
  const asName = (term: string) => term === terms('Rubio')[0] || term === terms('Sheinbaum')[0];
  const softFor = (slot: number, vectors: WordVectorLookup = NO_VECTORS) => ({
    credit: (c: Question['content'][number], t: ReturnType<typeof softText>) => wordCredit(c, t, vectors, 0.5),
    passage: softText(SENTENCES[slot]!),
    head: [],
  });
  const shared = (question: string, slot = 1, vectors: WordVectorLookup = NO_VECTORS) => onlyNamesShared(readQuestion(question, vocabulary), asName, softFor(slot, vectors));

  it('GIVEN a name the corpus writes and a thing it never mentions ("the population of Rubio") THEN that thing is what it never mentions', () => {
    expect(shared('What is the population of Rubio?')).toEqual(['population']);
    expect(shared('What did Rubio eat for breakfast?')).toEqual(['breakfast']);
  });

  it('GIVEN any other word the corpus holds, or the passage says in other words THEN nothing is returned: the model decides', () => {
    expect(shared('What did Rubio ask for breakfast?')).toEqual([]);
    expect(shared('What results did Rubio get at breakfast?')).toEqual([]);
    // "speech" is no word of the corpus, but here a neighbour of "call", which the passage holds.
    const neighbours = new Map([...VECTORS, ['speech', new Float32Array([0.8, 0.6])]]);
    expect(shared('What speech did Sheinbaum give?', 2, (w) => neighbours.get(w))).toEqual([]);
    expect(shared('What speech did Sheinbaum give?', 2)).toEqual(['speech']);
  });

  it('GIVEN the thing said in other words by another of the best candidates, not by the first passage THEN nothing is returned: the coverage speaks of it', () => {
    const neighbours = new Map([...VECTORS, ['speech', new Float32Array([0.8, 0.6])]]);
    const q = readQuestion('What speech did Sheinbaum give?', vocabulary);
    const soft = (head: string[]) => ({
      credit: (c: Question['content'][number], t: ReturnType<typeof softText>) => wordCredit(c, t, (w) => neighbours.get(w), 0.5),
      passage: softText('Sheinbaum met reporters on Monday.'),
      head: head.map((h) => softText(h)),
    });
    expect(onlyNamesShared(q, asName, soft([]))).toEqual(['speech']);
    expect(onlyNamesShared(q, asName, soft([SENTENCES[2]!]))).toEqual([]);
  });

  it('GIVEN no name, or only verbs the corpus lacks ("What happened to Rubio?") THEN nothing is returned', () => {
    expect(shared('What is the population of giraffes?')).toEqual([]);
    expect(shared('What happened to Rubio?')).toEqual([]);
    expect(shared('When did Rubio travel?')).toEqual([]);
  });

  it('GIVEN such things THEN the question is refused, naming them, however sure the model', () => {
    const q = readQuestion('What is the population of Rubio?', vocabulary);
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { onlyNamesShared: ['population'] })).toMatchObject({ answered: false, confidence: null, notMentioned: ['population'] });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { onlyNamesShared: [] }).answered).toBe(true);
  });
});

describe('things the coverage mentions, but never together', () => {
  const q = readQuestion('Did the leaders get results?', vocabulary);
  const known = q.content.filter((c) => c.known);
  const none = () => false;
  const all = () => true;
  const one = (c: Question['content'][number]) => c.word === 'leaders';
  const never = () => false;

  it('GIVEN two things asked about, each in another place, neither passage nor document holding both THEN they are what it never speaks of together', () => {
    expect(known.map((c) => c.word)).toEqual(['leaders', 'results']);
    expect(neverTogether(known, thingsAskedAbout(q), one, one, never)).toEqual(['leaders', 'results']);
  });

  it('GIVEN the words meet somewhere, or the first passage or its document holds two of them THEN nothing is returned', () => {
    expect(neverTogether(known, thingsAskedAbout(q), one, one, () => true)).toEqual([]);
    expect(neverTogether(known, thingsAskedAbout(q), all, one, never)).toEqual([]);
    expect(neverTogether(known, thingsAskedAbout(q), none, all, never)).toEqual([]);
  });

  it('GIVEN one thing asked about, the rest verbs ("Who asked the leaders?") THEN nothing is returned: a verb is used of many things', () => {
    const verb = readQuestion('Who asked the leaders?', vocabulary);
    expect(neverTogether(verb.content.filter((c) => c.known), thingsAskedAbout(verb), none, none, never)).toEqual([]);
  });

  it('GIVEN a condition that already fails THEN whether the words meet is never looked up', () => {
    const dear = () => {
      throw new Error('looked up');
    };
    expect(neverTogether(known, thingsAskedAbout(q), all, none, dear)).toEqual([]);
    expect(neverTogether(known, thingsAskedAbout(q), none, all, dear)).toEqual([]);
  });

  it('GIVEN such things THEN the question is refused, saying so, however sure the model; a word the corpus never mentions is said first', () => {
    const refused = decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { neverTogether: ['leaders', 'results'] });
    expect(refused).toMatchObject({ answered: false, confidence: null, notMentioned: [], neverTogether: ['leaders', 'results'] });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10), { neverTogether: [] })).toMatchObject({ answered: true });
    expect(decide(q, zeros({ passageCoverage: 1 }), constantModel(10)).neverTogether).toBeUndefined();
    const giraffes = readQuestion('Did the leaders get results for giraffes?', vocabulary);
    const unknown = decide(giraffes, zeros(), constantModel(10), { neverTogether: ['leaders', 'results'] });
    expect(unknown).toMatchObject({ answered: false, notMentioned: ['giraffes'] });
    expect(unknown.neverTogether).toBeUndefined();
    // A verb the corpus never uses is no why when the model would answer: the rule's reason is given.
    const wanted = readQuestion('Did the leaders want results?', vocabulary);
    expect(wanted.content.find((c) => c.word === 'want')?.known).toBe(false);
    expect(decide(wanted, zeros(), constantModel(10), { neverTogether: ['leaders', 'results'] })).toMatchObject({ answered: false, notMentioned: [], neverTogether: ['leaders', 'results'] });
    // When the model refuses, it is what the coverage lacks.
    expect(decide(wanted, zeros(), constantModel(-10))).toMatchObject({ answered: false, notMentioned: ['want'] });
  });
});
