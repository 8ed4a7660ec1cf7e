/**
 * A corpus holding the shipped article and a reprint of it by another outlet (real files, real index,
 * the offline model): a sentence both say is quoted once and cited with the other document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementWords, sameStatement } from '../../src/retrieval/same-statement.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';
import { conflictingReportOfShippedArticle, REPRINT_OWN_SENTENCE, REPRINT_TITLE, reprintOfShippedArticle, SHIPPED_ARTICLE } from '../helpers/reprint.ts';

let c: CorpusEngine;
let alone: CorpusEngine;
beforeAll(async () => {
  c = await corpusEngine('reprints', { 'sheinbaum-trump-call.md': SHIPPED_ARTICLE, 'gazette-reprint.md': reprintOfShippedArticle() });
  alone = await corpusEngine('reprints-alone', { 'sheinbaum-trump-call.md': SHIPPED_ARTICLE });
});
afterAll(() => {
  c?.remove();
  alone?.remove();
});

describe('a reprint in the corpus', () => {
  it('GIVEN a sentence both outlets print THEN it is quoted once, citing the other outlet at its own sentence', async () => {
    const answer = await c.engine.ask('How long was the call?');
    expect(answer.answered).toBe(true);
    const first = answer.passages[0]!;
    expect(first.focus).toMatch(/15-minute phone call (on )?Monday/);
    expect(first.alsoIn).toHaveLength(1);
    const other = first.alsoIn![0]!;
    expect(other.citation.docId).not.toBe(first.citation.docId);
    expect([first.citation.docId, other.citation.docId].sort()).toEqual(['gazette-reprint.md', 'sheinbaum-trump-call.md']);
    expect(other.focus).toMatch(/15-minute phone call (on )?Monday/);
    expect(other.citation.sentences[0]).toBe(other.citation.sentences[1]);
    expect(other.citation.url).toMatch(/^https:\/\//);
  });

  it('GIVEN any question THEN no two of its passages say the same thing', async () => {
    for (const question of ['How long was the call?', 'When did the leaders talk?', 'Who did Rubio talk to?', 'What did Trump offer?']) {
      const answer = await c.engine.ask(question, { top: 4 });
      const statements = answer.passages.map((p) => statementWords(p.focus));
      statements.forEach((s, i) => statements.slice(0, i).forEach((t) => expect(sameStatement(s, t)).toBe(false)));
    }
  });

  it('GIVEN a reprint THEN the confidence word is the one the article alone gets: a copy of the first passage is no rival to it', async () => {
    for (const question of ['How long was the call?', 'Who did Rubio talk to?', 'What did Trump offer?', 'Why did Sheinbaum refuse?']) {
      const [withCopy, single] = [await c.engine.ask(question), await alone.engine.ask(question)];
      expect({ question, confidence: withCopy.confidence }).toEqual({ question, confidence: single.confidence });
    }
    expect((await c.engine.ask('How long was the call?')).confidence).not.toBe('low');
  });

  it('GIVEN a sentence only the reprint has THEN it is a passage of the reprint, with no "also in"', async () => {
    const answer = await c.engine.ask('Did Trump understand that the constitution rules out foreign intervention?', { top: 5 });
    const own = answer.passages.find((p) => p.focus === REPRINT_OWN_SENTENCE);
    expect(own?.citation.title).toBe(REPRINT_TITLE);
    expect(own?.alsoIn).toBeUndefined();
  });
});

describe('another outlet giving a figure differently', () => {
  let three: CorpusEngine;
  beforeAll(async () => {
    three = await corpusEngine('differing', { 'sheinbaum-trump-call.md': SHIPPED_ARTICLE, 'courier.md': conflictingReportOfShippedArticle() });
  });
  afterAll(() => three?.remove());

  it('GIVEN two reports of the call\'s length THEN both are quoted and the answer says they differ, naming both figures', async () => {
    const answer = await three.engine.ask('How long was the call?');
    expect(answer.differences).toHaveLength(1);
    const [d] = answer.differences!;
    expect([...d!.figures].sort()).toEqual(['15-minute', '20-minute']);
    const [i, j] = d!.passages;
    expect(answer.passages[i]!.focus).toContain(d!.figures[0]);
    expect(answer.passages[j]!.focus).toContain(d!.figures[1]);
    expect(answer.passages[i]!.citation.docId).not.toBe(answer.passages[j]!.citation.docId);
  });

  it('GIVEN a question whose passages agree THEN no difference is said', async () => {
    expect((await three.engine.ask('Who did Rubio talk to?')).differences).toBeUndefined();
  });
});
