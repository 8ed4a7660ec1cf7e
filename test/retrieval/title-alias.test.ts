/**
 * A person named once in full with a title ("American President Donald Trump") and then by the title
 * alone ("the U.S. president"): the titles read off the document's own sentences, the sentences that
 * use them, and, with the real engine, a question naming the person finding the sentence that never
 * writes the name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { terms } from '../../src/index/terms.ts';
import { namesByTitle, refersByTitle, titlesOf } from '../../src/retrieval/title-alias.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const term = (name: string) => terms(name)[0]!;
const SENTENCES = [
  'Mexican President Claudia Sheinbaum spoke with American President Donald Trump on Monday.',
  'U.S. Secretary of State Marco Rubio asked for results.',
  'Despite Trump\u2019s rhetoric, the call was calm.',
];

describe('the titles a document gives a name', () => {
  it('GIVEN "<Title> <First name> <Name>" THEN the title up to its last common noun, a country and its adjective alike', () => {
    expect(titlesOf(SENTENCES, term('Trump'))).toEqual([['america', 'presid']]);
    expect(titlesOf(SENTENCES, term('Sheinbaum'))).toEqual([['mexico', 'presid']]);
    expect(titlesOf(SENTENCES, term('Rubio'))).toEqual([['america', 'secretari', 'of', 'state']]);
  });

  it('GIVEN a name with no title before it THEN none', () => {
    expect(titlesOf(['Keller signed the agreement.', 'Claudia Keller smiled.', 'Despite Keller\u2019s smile, nothing was signed.'], term('Keller'))).toEqual([]);
  });

  it('GIVEN "the <title>" with no name right after it THEN the sentence refers to its holder; a title before a name, or another title, does not', () => {
    const trump = titlesOf(SENTENCES, term('Trump'));
    expect(refersByTitle('The U.S. president had publicly repeated accusations.', trump)).toBe(true);
    expect(refersByTitle('According to the American president, the talks went well.', trump)).toBe(true);
    expect(refersByTitle('According to the Mexican president, Trump insisted.', titlesOf(SENTENCES, term('Sheinbaum')))).toBe(true);
    expect(refersByTitle('According to the Mexican president, Trump insisted.', trump)).toBe(false);
    expect(refersByTitle('He met the American President Joe Biden.', trump)).toBe(false);
    expect(refersByTitle('The president spoke.', trump)).toBe(false);
    expect(refersByTitle('The U.S. president spoke.', [])).toBe(false);
  });
});

describe('a question naming someone the passage calls by their title', () => {
  let built: CorpusEngine;
  beforeAll(async () => {
    // The shipped article: "American President Donald Trump" in its opening, "The U.S. president had
    // publicly repeated accusations that cartels are \"running Mexico\"…" later.
    built = await corpusEngine('title-alias', { 'sheinbaum-trump-call.md': fs.readFileSync(path.join(DEFAULTS.corpusDir, 'sheinbaum-trump-call.md'), 'utf8') });
  });
  afterAll(() => built.remove());

  it('GIVEN the index THEN a sentence of the document saying "the U.S. president" holds Trump, and one naming neither holds no one', () => {
    const { index } = built.engine.current();
    const docId = 'sheinbaum-trump-call.md';
    const names = [term('Trump'), term('Sheinbaum')];
    expect(namesByTitle(index, docId, 'The U.S. president had publicly repeated accusations.', names)).toEqual([term('Trump')]);
    expect(namesByTitle(index, docId, 'According to the Mexican president, Trump "still insisted".', names)).toEqual([term('Sheinbaum')]);
    expect(namesByTitle(index, docId, 'This offer was firmly declined.', names)).toEqual([]);
  });

  it('GIVEN "What does Trump say cartels are doing to Mexico?" THEN the sentence where the U.S. president says they are "running Mexico" comes first (it never writes "Trump")', async () => {
    const a = await built.engine.ask('What does Trump say cartels are doing to Mexico?');
    expect(a.answered).toBe(true);
    expect(a.passages[0]!.focus).toContain('running Mexico');
  });
});
