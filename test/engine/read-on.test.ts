/**
 * "What happened next?" after an answer, with the real engine (real model, real index files): what the
 * quoted passage's document says after it, in its order; the end of the story said as such.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import { asksToReadOn, passagesAfter } from '../../src/retrieval/read-on.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const STORY =
  '---\ntitle: Harbour deal signed\ndate: 2026-02-01\n---\n# Harbour deal signed\n\n' +
  'Port director Anna Keller signed the harbour agreement on Monday. ' +
  'The signing took place at the old customs house. ' +
  'Afterwards the mayor announced new ferry routes to the islands. ' +
  'Fishermen protested outside the town hall in the evening. ' +
  'The council met on Tuesday to discuss the ferry timetable. ' +
  'Several members asked for a later evening crossing. ' +
  'The harbour master promised a report within two weeks. ' +
  'The council will vote on the budget in March.\n';

let built: CorpusEngine;
let engine: Engine;
beforeAll(async () => {
  built = await corpusEngine('read-on', { 'harbour.md': STORY });
  engine = built.engine;
});
afterAll(() => built.remove());

describe('reading on from a quoted passage', () => {
  it.each(['What happened next?', 'what happened after that', 'and then?', 'Then what?', 'What came next?', 'what followed', 'ok so what happened then?', "What's next?"])(
    'GIVEN "%s" THEN it asks to read on',
    (q) => expect(asksToReadOn(q)).toBe(true),
  );

  it.each(['What happened after the call?', 'What happened?', 'What happens next for the port?', 'next', 'tell me more', 'What did Keller sign next to the mayor?'])(
    'GIVEN "%s" THEN it asks something else',
    (q) => expect(asksToReadOn(q)).toBe(false),
  );

  it('GIVEN a question, then "What happened next?" read with it THEN the passages are the sentences after its first passage, in order, with no confidence word', async () => {
    const first = await engine.ask('Who signed the harbour agreement?');
    expect(first.passages[0]!.focus).toContain('Anna Keller signed');
    const next = await engine.ask('What happened next?', { previous: 'Who signed the harbour agreement?', top: 2 });
    expect(next.readOn).toEqual({ title: 'Harbour deal signed' });
    expect(next.answered).toBe(true);
    expect(next.confidence).toBeNull();
    const last = first.passages[0]!.citation.sentences[1];
    expect(next.passages.map((p) => p.citation.sentences[0])).toEqual([last + 1, next.passages[0]!.citation.sentences[1] + 1]);
    expect(next.passages.map((p) => p.text).join(' ')).not.toContain('Anna Keller');
    expect(next.hasMore).toBe(true);
  });

  it('GIVEN the passage to read on from THEN what follows it; after the last sentence, the end of the story is said, with its title', async () => {
    const { index } = engine.current();
    const sentences = index.documentSentences('harbour.md').filter((s) => s.kind !== 'heading');
    const mayor = sentences.find((s) => s.text.startsWith('Afterwards'))!;
    const next = await engine.ask('and then?', { readFrom: { docId: 'harbour.md', sentences: [mayor.index, mayor.index] } });
    expect(next.passages[0]!.focus).toMatch(/^Fishermen protested/);
    const end = sentences.at(-1)!;
    const none = await engine.ask('and then?', { readFrom: { docId: 'harbour.md', sentences: [end.index, end.index] } });
    expect(none.conversational).toBe('read-to-end');
    expect(none.readOn?.title).toBe('Harbour deal signed');
    expect(none.passages).toEqual([]);
    expect(passagesAfter(index, 'harbour.md', end.index, 3)).toEqual([]);
  });

  it('GIVEN "What happened next?" with nothing before it, or after a refusal THEN it asks which answer, as "more" does; a document since removed likewise', async () => {
    expect((await engine.ask('What happened next?')).conversational).toBe('more');
    expect((await engine.ask('What happened next?', { previous: 'What is the capital of Australia?' })).conversational).toBe('more');
    expect((await engine.ask('What happened next?', { readFrom: { docId: 'gone.md', sentences: [1, 1] } })).conversational).toBe('more');
  });
});
