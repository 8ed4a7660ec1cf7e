import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terms } from '../../src/index/terms.ts';
import { askedRole, firstMentionFirst, identityName, namesThePerson, titlesHolder } from '../../src/retrieval/identity-question.ts';
import { holderFirst } from '../../src/retrieval/fuse.ts';
import { bodySentences, corpusEngine, rankedInOrder, type CorpusEngine } from '../helpers/corpus-engine.ts';

describe('a question asking who someone is', () => {
  it.each([
    ['Who is Sheinbaum?', 'Sheinbaum'],
    ["Who's Marco Rubio", 'Marco Rubio'],
    ['Who was Frédéric Chopin?', 'Frédéric Chopin'],
    ['Who is Juan Ramon de la Fuente?', 'Juan Ramon de la Fuente'],
    // A name alone, as typed or as "Tell me about Rubio" searches it.
    ['Rubio?', 'Rubio'],
    ['Marco Rubio', 'Marco Rubio'],
    // Or the title news gives them.
    ["What is Rubio's job?", 'Rubio'],
    ["What's Juan Ramon de la Fuente's title", 'Juan Ramon de la Fuente'],
    ['What does Rubio do?', 'Rubio'],
  ])('GIVEN "%s" THEN it asks about the name "%s" (its index terms)', (q, name) => {
    expect(identityName(q)).toEqual(terms(name));
  });

  it.each(['Who is the president of Mexico?', "Who was Robert's son?", 'Who is VideoGuard owned by?', 'Who started the call?', 'What is Sheinbaum?', 'Who is Sheinbaum talking to Trump?', 'the call', 'Sheinbaum said no', 'What does Mexico do about cartels?', "What is the call's purpose?"])(
    'GIVEN "%s" THEN it asks something else',
    (q) => {
      expect(identityName(q)).toBeNull();
    },
  );

  it('GIVEN a sentence naming a thing named after the person THEN it does not name the person', () => {
    expect(namesThePerson('Events include the International Frédéric Chopin Piano Competition.', terms('Frédéric Chopin'))).toBe(false);
    expect(namesThePerson('Famous musicians include Frédéric Chopin.', terms('Frédéric Chopin'))).toBe(true);
    expect(namesThePerson("Keller's plan was approved.", ['keller'])).toBe(true);
  });
});

describe('the first sentence naming the person, first', () => {
  const DOC = `# Harbour deal

The Keller Prize went to a sailing club this year. Port director Anna Keller signed the harbour agreement on Monday. Keller said the agreement on the harbour would bring jobs to the harbour. The council thanked her.
`;
  let corpus: CorpusEngine;
  beforeAll(async () => {
    corpus = await corpusEngine('identity', { 'harbour.md': DOC });
  });
  afterAll(() => corpus.remove());

  it('GIVEN a ranking with a later mention first THEN the first sentence naming the person leads, and the rest keep their order', () => {
    const index = corpus.engine.current().index;
    const [prize, signed, said, thanked] = bodySentences(corpus.engine);
    const ranked = rankedInOrder([said!, thanked!, signed!, prize!]);
    expect(firstMentionFirst(index, ranked, ['keller']).map((r) => r.slot)).toEqual([signed!.slot, said!.slot, thanked!.slot, prize!.slot]);
    // Not among the candidates, or first already: unchanged.
    expect(firstMentionFirst(index, ranked.slice(0, 2), ['keller'])).toEqual(ranked.slice(0, 2));
    expect(firstMentionFirst(index, ranked, ['nobody'])).toEqual(ranked);
  });

  it('GIVEN "Who is Keller?" asked of the engine THEN the answer opens with where she is first named', async () => {
    const a = await corpus.engine.ask('Who is Keller?');
    expect(a.passages[0]!.focus).toBe('Port director Anna Keller signed the harbour agreement on Monday.');
  });
});

describe('a question asking who holds a role', () => {
  it('GIVEN "Who is the <role>?" THEN the role\'s words as compared; a name or more than a role asks something else', () => {
    expect(askedRole('who is the mexican president')).toEqual([['mexico', 'presid']]);
    expect(askedRole('Who is the Secretary of State?')?.[0]).toEqual(['secretari', 'of', 'state']);
    expect(askedRole('Who is Sheinbaum?')).toBeNull();
    expect(askedRole('Who started the call?')).toBeNull();
    expect(askedRole('Who is the president talking to, and why?')).toBeNull();
  });

  it('GIVEN a role owned by a country ("the president of Mexico", "Mexico\'s president", "the US president") THEN it is also the title news writes with the country\'s adjective', () => {
    const mexican = 'Mexican President Claudia Sheinbaum has firmly stated…';
    expect(titlesHolder(mexican, askedRole('Who is the president of Mexico?')!)).toBe(true);
    expect(titlesHolder(mexican, askedRole("Who is Mexico's president?")!)).toBe(true);
    expect(titlesHolder(mexican, askedRole('Who is the president of France?')!)).toBe(false);
    // Typed without its apostrophe, as chats do (read with the corpus's capitals): a place's name only.
    expect(titlesHolder(mexican, askedRole('who is Mexicos president')!)).toBe(true);
    expect(askedRole('who is Texas governor')).toBeNull();
    expect(askedRole('who is Thomas president')).toBeNull();
    expect(titlesHolder('…with American President Donald Trump.', askedRole('who is the us president')!)).toBe(true);
    expect(titlesHolder('…with American President Donald Trump.', askedRole('Who is the U.S. president?')!)).toBe(true);
    expect(titlesHolder('U.S. Secretary of State Marco Rubio asked for results.', askedRole('Who is the American secretary of state?')!)).toBe(true);
    expect(titlesHolder('The U.S. president had publicly repeated accusations.', askedRole('Who is the US president?')!)).toBe(false);
  });

  it('GIVEN sentences THEN only one writing the role as a title right before a name holds its holder', () => {
    const role = askedRole('Who is the Mexican president?')!;
    expect(titlesHolder('Mexican President Claudia Sheinbaum has firmly stated…', role)).toBe(true);
    expect(titlesHolder('U.S. Secretary of State Marco Rubio asked for results.', askedRole('Who is the secretary of state?')!)).toBe(true);
    expect(titlesHolder('According to the Mexican president, Trump "still insisted"…', role)).toBe(false);
    expect(titlesHolder('The Mexican president spoke.', role)).toBe(false);
  });

  it('GIVEN a ranking whose first sentence does not title the holder THEN the best that does comes first; otherwise it stays', () => {
    const texts = ['According to the Mexican president, Trump insisted.', 'Trade was discussed.', 'Mexican President Claudia Sheinbaum said no.'];
    const ranked = texts.map((_, slot) => ({ slot }));
    const holds = (r: { slot: number }) => titlesHolder(texts[r.slot]!, askedRole('Who is the Mexican president?')!);
    expect(holderFirst(ranked, 12, holds).map((r) => r.slot)).toEqual([2, 0, 1]);
    expect(holderFirst(ranked, 2, holds).map((r) => r.slot)).toEqual([0, 1, 2]);
    expect(holderFirst([ranked[2]!, ranked[0]!], 12, holds).map((r) => r.slot)).toEqual([2, 0]);
  });
});
