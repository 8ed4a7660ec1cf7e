/**
 * Typo correction of everyday English words, with the real offline model and a real index: another
 * spelling of the same word stays corrected, another word is read as typed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WordVectors } from '../../src/embedding/word-vectors.ts';
import { NO_BACKGROUND } from '../../src/retrieval/background.ts';
import { findAnswer } from '../../src/retrieval/find-answer.ts';
import { corpusWordFor } from '../../src/retrieval/real-word-typos.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const DOCUMENT = `# Garden notes

Gardeners grow plants in the greenhouse through the winter.
The behaviour of the bees changed after the frost.
The fence is twelve metres long.
He left a message on my phone before noon.
`;

let c: CorpusEngine;
beforeAll(async () => {
  c = await corpusEngine('real-word-typos', { 'garden.md': DOCUMENT });
});
afterAll(() => c.remove());

const read = async (question: string) => {
  const found = await findAnswer(c.engine.current().index, question, c.engine.embedder, new WordVectors(c.engine.embedder), { passages: 3, background: NO_BACKGROUND });
  return Object.fromEntries(found.question.content.map((w) => [w.word, w]));
};

describe('typos that are English words', { timeout: 60_000 }, () => {
  it('GIVEN an everyday word one letter from a corpus word of another meaning ("planet" / "plants") THEN it is read as typed: a word the coverage never uses', async () => {
    const words = await read('Which planet is closest to the sun?');
    expect(words.planet).toMatchObject({ term: 'planet', known: false, corrected: false });
    const answer = await c.engine.ask('Which planet is closest to the sun?');
    expect(answer.notMentioned).toContain('planet');
  });

  it('GIVEN another spelling of the same word ("behavior" / "behaviour", "meters" / "metres") THEN the correction stands', async () => {
    const words = await read('How did the behavior of the bees change, and how many meters long is the fence?');
    expect(words.behavior).toMatchObject({ known: true, corrected: true, typo: true });
    expect(words.meters).toMatchObject({ known: true, corrected: true, typo: true });
  });

  it('GIVEN a typo that is no English word ("phnoe") THEN it is corrected as before', async () => {
    const words = await read('Who left a message on the phnoe?');
    expect(words.phnoe).toMatchObject({ known: true, corrected: true });
  });

  it('GIVEN an index term THEN the corpus word it stands for is found in a sentence holding it', () => {
    const index = c.engine.current().index;
    expect(corpusWordFor(index, 'plant')).toBe('plants');
    expect(corpusWordFor(index, 'nowhere-in-the-corpus')).toBeNull();
  });
});
