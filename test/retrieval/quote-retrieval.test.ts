import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { HAND_FUSION } from '../../src/retrieval/fuse.ts';
import { DEFAULT_RETRIEVE, retrieve } from '../../src/retrieval/retrieve.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

// The quoted sentence, and one with the same content words scattered whose neighbours share them.
const FLOOD = `# Spring flood

The river rose overnight, and the farmers moved their cattle to the hills before dawn.
Rescue crews reached the lower valley by noon.

## Aftermath

Farmers in the valley said the river had not risen so fast in decades.
Their cattle were moved to the hills by the farmers and their neighbours.
By evening the river had crested below the bridge, and the farmers began to return.
`;
const QUOTE = 'and the farmers moved their cattle to the';
const SOURCE = 'The river rose overnight, and the farmers moved their cattle to the hills before dawn.';

let corpus: CorpusEngine;
let engine: Engine;

beforeAll(async () => {
  corpus = await corpusEngine('quote-retrieval', { 'flood.md': FLOOD });
  engine = corpus.engine;
});
afterAll(() => corpus.remove());

describe('a quoted line', () => {
  it('GIVEN eight words of a sentence THEN that sentence is cited first', async () => {
    const answer = await engine.ask(QUOTE);
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]!.focus).toBe(SOURCE);
  });

  it('GIVEN the same words weighed as a question THEN the scattered sentence with supporting neighbours wins', async () => {
    const { index } = engine.current();
    const [vector] = await engine.embedder.embedQueries([QUOTE]);
    // The hand-set question weights, under which neighbour support outweighs word order.
    const asQuestion = { ...DEFAULT_RETRIEVE, fusion: { question: HAND_FUSION, quote: HAND_FUSION } };
    const top = (ranked: ReturnType<typeof retrieve>) => index.record(ranked[0]!.slot)!.text;
    expect(top(retrieve(index, QUOTE, vector!, asQuestion))).not.toBe(SOURCE);
    expect(top(retrieve(index, QUOTE, vector!))).toBe(SOURCE);
  });

  it('GIVEN a quote with two words left out THEN its sentence holds all its words in order, one sharing them out of order only some', async () => {
    const { index } = engine.current();
    const dropped = 'the farmers moved cattle to the hills';
    const [vector] = await engine.embedder.embedQueries([dropped]);
    const ranked = retrieve(index, dropped, vector!);
    const inOrder = (start: string) => ranked.find((r) => index.record(r.slot)!.text.startsWith(start))!.features.inOrder;
    expect(inOrder('The river rose overnight')).toBe(1);
    expect(inOrder('Their cattle were moved')).toBeLessThan(0.7);
    expect(index.record(ranked[0]!.slot)!.text).toBe(SOURCE);
    // A question is not weighed by its wording's order.
    const [questionVector] = await engine.embedder.embedQueries(['Where did the farmers move their cattle?']);
    expect(retrieve(index, 'Where did the farmers move their cattle?', questionVector!).every((r) => r.features.inOrder === 0)).toBe(true);
  });
});
