import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { leansBack, selectPassages } from '../../src/retrieval/passages.ts';
import { bodySentences, corpusEngine, rankedInOrder, type CorpusEngine } from '../helpers/corpus-engine.ts';

const DOC = `# Storm hits the coast

The storm reached the coast on Friday night. It flooded the harbour and closed the main road.
Rescue teams worked through the weekend.

The council listed the damage it had counted so far:

- Forty houses without power
- Two bridges closed to traffic
- The ferry service suspended until Tuesday

A long sentence follows here to make the paragraph longer than the short-sentence limit, so that the next sentence is not appended to it by the rule for short passages. Officials said repairs would take weeks.
`;

let corpus: CorpusEngine;
let engine: Engine;

beforeAll(async () => {
  corpus = await corpusEngine('passages', { 'storm.md': DOC });
  engine = corpus.engine;
});
afterAll(() => corpus.remove());

describe('passages', () => {
  it('GIVEN a question answered by a list item THEN the passage quotes the lead-in and the whole list once', async () => {
    const answer = await engine.ask('Which bridges were closed?', { top: 3 });
    const first = answer.passages[0]!;
    expect(first.text).toContain('The council listed the damage');
    expect(first.text).toContain('Two bridges closed to traffic');
    expect(first.text).toContain('Forty houses without power');
    expect(first.focus).toBe('Two bridges closed to traffic');
    const withList = answer.passages.filter((p) => p.text.includes('Forty houses'));
    expect(withList).toHaveLength(1);
  });

  it('GIVEN a sentence that opens with a pronoun THEN the sentence before it is quoted too', async () => {
    const answer = await engine.ask('What did the storm flood?');
    const p = answer.passages.find((x) => x.text.includes('It flooded'))!;
    expect(p.text.startsWith('The storm reached the coast on Friday night. It flooded')).toBe(true);
    expect(p.citation.sentences[0]).toBe(2);
    expect(answer.passages.filter((x) => x.text.includes('It flooded'))).toHaveLength(1);
  });

  it('GIVEN any answer THEN no passage is a bare heading and none is longer than 600 characters', async () => {
    const answer = await engine.ask('storm coast damage repairs', { top: 10 });
    for (const p of answer.passages) {
      expect(p.text).not.toBe('Storm hits the coast');
      expect(p.text.length).toBeLessThanOrEqual(600);
    }
  });

  it('GIVEN openers THEN only those pointing back lean back', () => {
    expect(leansBack('This offer was firmly declined.')).toBe(true);
    expect(leansBack('Therefore, the Charter is binding.')).toBe(true);
    expect(leansBack('Here the High Rhine ends.')).toBe(true);
    expect(leansBack('Hereford cattle were counted.')).toBe(false);
    expect(leansBack('"He asked me my opinion," she said.')).toBe(true);
    expect(leansBack('The latter flows west into a sluice at Katwijk.')).toBe(true);
    expect(leansBack('The later flows came from the Alps.')).toBe(false);
    expect(leansBack('Thistle farmers met on Monday.')).toBe(false);
  });
});

describe('context of a passage', () => {
  it('GIVEN a cited list (or its lead-in) THEN the context shows the introducing paragraph and every item', async () => {
    const answer = await engine.ask('Which bridges were closed?');
    const context = engine.context(answer.passages[0]!.citation)!;
    expect(context).toContain('The council listed the damage it had counted so far:');
    expect(context.split('\n').filter((l) => l.startsWith('• '))).toEqual([
      '• Forty houses without power',
      '• Two bridges closed to traffic',
      '• The ferry service suspended until Tuesday',
    ]);
  });

  it('GIVEN a cited sentence THEN the context is its whole paragraph', async () => {
    const answer = await engine.ask('What did the storm flood?');
    const p = answer.passages.find((x) => x.text.includes('It flooded'))!;
    expect(engine.context(p.citation)).toBe(
      'The storm reached the coast on Friday night. It flooded the harbour and closed the main road. Rescue teams worked through the weekend.',
    );
  });
});

describe('a short sentence ranked right after the sentence it follows', () => {
  const RIVER = `# The Rhine

In the centre of Basel, the first major city in the course of the stream, lies the Rhine knee, a major bend where the overall direction of the river changes from west to north. The High Rhine ends at the knee. Legally, the Central Bridge is the boundary between the High and the Upper Rhine.
`;
  let river: CorpusEngine;
  beforeAll(async () => {
    river = await corpusEngine('passages-short', { 'rhine.md': RIVER });
  });
  afterAll(() => river.remove());

  it('GIVEN the sentence it would lean on is the first passage THEN it is quoted alone as the second, not dropped', () => {
    const [knee, ends] = bodySentences(river.engine);
    const passages = selectPassages(river.engine.current().index, rankedInOrder([knee!, ends!]), 3);
    expect(ends!.text).toBe('The High Rhine ends at the knee.');
    expect(passages.map((p) => p.text)).toEqual([knee!.text, 'The High Rhine ends at the knee.']);
    expect(passages[1]!.range).toEqual([ends!.index, ends!.index]);
  });

  it('GIVEN the short sentence ranked first THEN its passage quotes the sentence before it, and that one is not quoted twice', () => {
    const [knee, ends] = bodySentences(river.engine);
    const passages = selectPassages(river.engine.current().index, rankedInOrder([ends!, knee!]), 3);
    expect(passages.map((p) => p.text)).toEqual([`${knee!.text} The High Rhine ends at the knee.`]);
  });
});

describe('a sentence the next one goes on with', () => {
  const TUNNEL = `# Tunnel works

The harbour tunnel under the old river mouth opened to traffic in the spring of 1990, after a decade of careful planning by the regional council and the three towns on either bank. It was worth twelve million euros at the time. The mayor of the northern town opened a new ferry landing in 1992, next to the tunnel's approach road on the quay.
`;
  let tunnel: CorpusEngine;
  beforeAll(async () => {
    tunnel = await corpusEngine('passages-goes-on', { 'tunnel.md': TUNNEL });
  });
  afterAll(() => tunnel.remove());

  it('GIVEN a long sentence whose next one points back at it ("It was worth…") THEN its passage quotes that one too; one that does not point back stays out', () => {
    const [opened, worth, mayor] = bodySentences(tunnel.engine);
    expect(opened!.text.length).toBeGreaterThan(160);
    const passages = selectPassages(tunnel.engine.current().index, rankedInOrder([opened!, mayor!]), 3);
    expect(passages.map((p) => p.text)).toEqual([`${opened!.text} ${worth!.text}`, mayor!.text]);
    expect(passages[0]!.range).toEqual([opened!.index, worth!.index]);
  });
});

describe('context of a list whose lead-in wording repeats', () => {
  const TWO_LISTS = `# Two meetings

The first meeting was about water.

Key points:

- Reservoir levels are low
- Pipes in the old town leak

The second meeting was about schools.

Key points:

- Three classrooms need new roofs
- Bus routes change in autumn
`;
  let lists: CorpusEngine;
  let twoLists: Engine;
  beforeAll(async () => {
    lists = await corpusEngine('passages-lists', { 'meetings.md': TWO_LISTS });
    twoLists = lists.engine;
  });
  afterAll(() => lists.remove());

  it('GIVEN an item of the second list THEN the context shows that list and its own lead-in only', async () => {
    const answer = await twoLists.ask('Which classrooms need new roofs?');
    expect(answer.passages[0]!.focus).toBe('Three classrooms need new roofs');
    const lines = twoLists.context(answer.passages[0]!.citation)!.split('\n');
    expect(lines).toEqual(['Key points:', '• Three classrooms need new roofs', '• Bus routes change in autumn']);
  });

  it('GIVEN the paragraph before the first list THEN its context holds no list (the lead-in is its own paragraph)', async () => {
    const answer = await twoLists.ask('What was the first meeting about?');
    const p = answer.passages.find((x) => x.focus === 'The first meeting was about water.')!;
    expect(twoLists.context(p.citation)).toBe('The first meeting was about water.');
  });
});
