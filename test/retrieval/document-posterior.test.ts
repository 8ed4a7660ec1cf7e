import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { termEvidence } from '../../src/retrieval/retrieve.ts';
import { readQuestion } from '../../src/retrieval/question.ts';
import { indexVocabulary } from '../../src/retrieval/vocabulary.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

// A short report about a phone call, and a long history that mentions a call once among many other things.
const REPORT = `# The call

The two leaders spoke in a phone call on Monday.
The call lasted fifteen minutes, an aide said.
Both sides described the call as friendly.
`;
const history = [
  '# A long history',
  '',
  'The town was founded by fishermen on the river bank.',
  'Its council was called to meet once a year in the market hall.',
  ...Array.from({ length: 60 }, (_, i) => `In year ${1700 + i} the harvest of the valley was recorded by the clerk of the parish.`),
].join('\n');

let corpus: CorpusEngine;
let engine: Engine;

beforeAll(async () => {
  corpus = await corpusEngine('document-posterior', { 'report.md': REPORT, 'history.md': history });
  engine = corpus.engine;
});
afterAll(() => corpus.remove());

const docOf = (name: string) => engine.current().index.documentIds.find((id) => id.includes(name))!;

describe('documentPosterior', () => {
  it('GIVEN a word that fills a short document and occurs once in a long one THEN the short one is far likelier', () => {
    const index = engine.current().index;
    const q = readQuestion('How did the call end?', indexVocabulary(index));
    const posterior = termEvidence(index, q.terms).documentPosterior;
    // On the feature's log scale: the long document is several times less likely.
    expect(posterior.get(docOf('report'))).toBeGreaterThan(0.95);
    expect(posterior.get(docOf('history'))).toBeLessThan(posterior.get(docOf('report'))! - 0.15);
  });

  it('GIVEN words only the long document holds THEN it is the likelier one', () => {
    const index = engine.current().index;
    const q = readQuestion('What did the clerk of the parish record about the harvest?', indexVocabulary(index));
    const posterior = termEvidence(index, q.terms).documentPosterior;
    expect(posterior.get(docOf('history'))).toBeGreaterThan(posterior.get(docOf('report'))!);
  });

  it('GIVEN words no document holds THEN no document is preferred', () => {
    const index = engine.current().index;
    const posterior = termEvidence(index, ['zqxvolcano']).documentPosterior;
    expect(posterior.get(docOf('history'))).toBeCloseTo(posterior.get(docOf('report'))!, 12);
  });
});

describe('titleCoverage', () => {
  it('GIVEN a question naming the words of one document\'s title THEN that document has their share; a title word every document\'s text holds counts nothing', () => {
    const index = engine.current().index;
    const q = readQuestion('What does the long history say about the call?', indexVocabulary(index));
    const evidence = termEvidence(index, q.terms);
    const history = evidence.titleCoverage.get(docOf('history'))!;
    const report = evidence.titleCoverage.get(docOf('report'))!;
    // "long" and "history" are the history's title words, and only its text holds them; "call" is the
    // report's, but the history's text holds it too ("called"), so it tells neither apart; "say" is in no title.
    expect(history).toBeGreaterThan(0);
    expect(history).toBeLessThan(1);
    expect(report ?? 0).toBe(0);
  });

  it('GIVEN a title word only its own document\'s text holds THEN it counts its full share', async () => {
    const two = await corpusEngine('title-telling', { 'report.md': REPORT.replace('# The call', '# The phone call'), 'history.md': history });
    try {
      const index = two.engine.current().index;
      const q = readQuestion('phone', indexVocabulary(index));
      const report = index.documentIds.find((id) => id.includes('report'))!;
      expect(termEvidence(index, q.terms).titleCoverage.get(report)).toBeCloseTo(1, 12);
    } finally {
      two.remove();
    }
  });

  it('GIVEN another report as much about a title word under another headline THEN it is named by that title too; a passing mention is not', async () => {
    const reports = await corpusEngine('title-shared', {
      'report.md': REPORT.replace('# The call', '# The phone call'),
      'other-outlet.md': '# Leaders talk\n\nThe leaders talked by phone on Monday.\nThe phone call lasted fifteen minutes.\nAides listened to the phone call.\n',
      'history.md': history.replace('Its council was called', 'Its council was called by phone'),
      'farm.md': '# Farm notes\n\nThe barley was sown in April.\nRain came late that year.\n',
    });
    try {
      const index = reports.engine.current().index;
      const id = (name: string) => index.documentIds.find((d) => d.includes(name))!;
      const coverage = termEvidence(index, readQuestion('phone', indexVocabulary(index)).terms).titleCoverage;
      expect(coverage.get(id('other-outlet'))).toBeCloseTo(coverage.get(id('report'))!, 12);
      expect(coverage.get(id('report'))).toBeGreaterThan(0);
      expect(coverage.get(id('history')) ?? 0).toBe(0);
    } finally {
      reports.remove();
    }
  });

  it("GIVEN a headline naming a place by its adjective THEN a question naming the place names that document, and the other way round", async () => {
    const corpus = await corpusEngine('title-demonym', {
      'aid.md': '# Mexican President Rejects Military Aid\n\nThe country\'s Foreign Affairs Secretary spoke with Rubio on Sunday.\nMexico will not accept foreign troops.\n',
      'war.md': '# The Seven Years War in France\n\nThe foreign minister resigned in 1758.\nFrench troops left the colony.\n',
    });
    try {
      const index = corpus.engine.current().index;
      const id = (name: string) => index.documentIds.find((d) => d.includes(name))!;
      const titled = (question: string) => termEvidence(index, readQuestion(question, indexVocabulary(index)).terms).titleCoverage;
      expect(titled("Who is Mexico's foreign minister?").get(id('aid'))).toBeGreaterThan(0);
      expect(titled("Who is Mexico's foreign minister?").get(id('war')) ?? 0).toBe(0);
      expect(titled('When did the French troops leave?').get(id('war'))).toBeGreaterThan(0);
    } finally {
      corpus.remove();
    }
  });

  it('GIVEN no title word THEN no document has any', () => {
    const index = engine.current().index;
    const q = readQuestion('Who recorded the harvest?', indexVocabulary(index));
    expect([...termEvidence(index, q.terms).titleCoverage.values()]).toEqual([]);
  });
});
