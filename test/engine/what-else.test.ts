/**
 * "What else…?" in a conversation, with the real engine (real model, real index files): the search
 * leaves out the passages quoted before and decides on what is left; without anything quoted, the
 * question is searched without its "else".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/create-engine.ts';
import type { Passage } from '../../src/engine/types.ts';
import { wasQuoted, withoutElse } from '../../src/retrieval/what-else.ts';
import { corpusEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

const STORY =
  '---\ntitle: Harbour deal signed\ndate: 2026-02-01\n---\n# Harbour deal signed\n\n' +
  'Port director Anna Keller signed the harbour agreement on Monday. ' +
  'The signing took place at the old customs house. ' +
  'Keller said the agreement would double the ferry traffic within five years. ' +
  'Afterwards the mayor announced new ferry routes to the islands. ' +
  'Fishermen protested outside the town hall in the evening. ' +
  'Keller also said the fishing quotas would not change. ' +
  'The council met on Tuesday to discuss the ferry timetable. ' +
  'Keller said she expected the first new ferry in April.\n';

let built: CorpusEngine;
let engine: Engine;
beforeAll(async () => {
  built = await corpusEngine('what-else', { 'harbour.md': STORY });
  engine = built.engine;
});
afterAll(() => built.remove());

describe('reading what else a question asks', () => {
  it.each([
    ['What else did she say?', 'What did she say?'],
    ['Who else did he talk to?', 'Who did he talk to?'],
    ['anything besides that about the ferry?', 'anything about the ferry?'],
    ['What did Keller say, apart from that?', 'What did Keller say?'],
    ['Were there any other protests?', 'Were there any protests?'],
    ['ELSE?', '?'],
  ])('GIVEN "%s" THEN it asks what else, searched as "%s"', (q, searched) => expect(withoutElse(q)).toBe(searched));

  it.each(['What did Keller say?', 'Who signed the harbour agreement?', 'Where is Elsewhere Street?', 'Did the mayor say otherwise?', 'What happened besides the signing?'])(
    'GIVEN "%s" THEN it does not ask what else',
    (q) => expect(withoutElse(q)).toBeNull(),
  );

  it('GIVEN a passage quoted before THEN the sentence it answered with was quoted, not its context nor the same words elsewhere', () => {
    const quoted = [{ docId: 'a.md', sentences: [3, 5] as [number, number], focus: 'Keller said so.' }];
    expect(wasQuoted(quoted, { docId: 'a.md', index: 4, text: 'Keller said so.' })).toBe(true);
    expect(wasQuoted(quoted, { docId: 'a.md', index: 3, text: 'The mayor agreed.' })).toBe(false);
    expect(wasQuoted(quoted, { docId: 'a.md', index: 9, text: 'Keller said so.' })).toBe(false);
    expect(wasQuoted(quoted, { docId: 'b.md', index: 4, text: 'Keller said so.' })).toBe(false);
    expect(wasQuoted([], { docId: 'a.md', index: 4, text: 'Keller said so.' })).toBe(false);
  });
});

describe('what else, with the real engine', () => {
  const focusOf = (a: { passages: readonly { focus: string }[] }) => a.passages.map((p) => p.focus);
  const quotedOf = (p: Passage) => ({ docId: p.citation.docId, sentences: p.citation.sentences, focus: p.focus });

  it('GIVEN an answer, then "What else did she say?" with its passages quoted THEN none of them is quoted again, and the answer says so', async () => {
    const first = await engine.ask('What did Keller say?', { top: 2 });
    expect(first.answered).toBe(true);
    const quoted = first.passages.map(quotedOf);
    const more = await engine.ask('What else did she say?', { previous: 'What did Keller say?', quoted, top: 2 });
    expect(more.besidesQuoted).toBe(true);
    expect(more.answered).toBe(true);
    expect(more.passages.length).toBeGreaterThan(0);
    for (const p of more.passages) expect(focusOf(first)).not.toContain(p.focus);
    // What Keller said, the rest of it: her other statements come next.
    expect(focusOf(more).join(' ')).toMatch(/Keller (also )?said/);
    expect(focusOf(more)).not.toContain(first.passages[0]!.focus);
  });

  it('GIVEN "Who else was involved?" after an answer THEN it searches past what was quoted, not for how the coverage opens (as "Who was involved?" asks)', async () => {
    expect((await engine.ask('Who was involved?')).overview).toBe(true);
    const first = await engine.ask('Who signed the harbour agreement?', { top: 2 });
    const quoted = first.passages.map(quotedOf);
    const besides = await engine.ask('Who else was involved?', { previous: 'Who signed the harbour agreement?', quoted });
    expect(besides.overview).toBeUndefined();
    expect(besides.besidesQuoted).toBe(true);
    for (const p of besides.passages) expect(focusOf(first)).not.toContain(p.focus);
  });

  it('GIVEN "What else…?" with nothing quoted THEN it is the question without "else"; any other question ignores what was quoted', async () => {
    const plain = await engine.ask('What did Keller say about the ferry traffic?');
    const withElse = await engine.ask('What else did Keller say about the ferry traffic?');
    expect(withElse.besidesQuoted).toBeUndefined();
    expect(focusOf(withElse)).toEqual(focusOf(plain));
    const quoted = plain.passages.map(quotedOf);
    const again = await engine.ask('What did Keller say about the ferry traffic?', { quoted });
    expect(again.besidesQuoted).toBeUndefined();
    expect(focusOf(again)).toEqual(focusOf(plain));
  });

  it('GIVEN every sentence on it quoted THEN what else finds no answer there, and pages of it leave out the same', async () => {
    const all = engine
      .current()
      .index.documentSentences('harbour.md')
      .filter((s) => s.kind !== 'heading')
      .map((s) => ({ docId: 'harbour.md', sentences: [s.index, s.index] as [number, number], focus: s.text }));
    const none = await engine.ask('What else did Keller say?', { quoted: all });
    expect(none.besidesQuoted).toBe(true);
    expect(none.answered).toBe(false);
    expect(none.passages).toEqual([]);
    const some = all.slice(0, 3);
    const page1 = await engine.ask('What else did Keller say?', { quoted: some, top: 2 });
    const page2 = await engine.ask('What else did Keller say?', { quoted: some, top: 2, offset: 2 });
    const seen = [...page1.passages, ...page2.passages].map((p) => p.focus);
    for (const focus of seen) expect(some.map((q) => q.focus)).not.toContain(focus);
    expect(new Set(seen).size).toBe(seen.length);
  });
});
