/**
 * A question on how things stand now, over two dated reports giving its figure differently: the real
 * engine (real model, real index files) quotes the newer first and still says the sources differ.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

const REPORTS = {
  'bridge-january.md':
    '---\ntitle: County closes Old Mill Bridge for repairs\ndate: 2026-01-05\n---\n# County closes Old Mill Bridge for repairs\n\n' +
    'The Old Mill Bridge closed on Monday after inspectors found cracks in two of its piers. The county said the repairs will cost 2 million dollars. Drivers are asked to use the river road until the work is done.\n',
  'bridge-february.md':
    '---\ntitle: Old Mill Bridge repairs to take longer\ndate: 2026-02-10\n---\n# Old Mill Bridge repairs to take longer\n\n' +
    'Engineers found more damage under the Old Mill Bridge last week. The county said the repairs will cost 3 million dollars. The bridge is now expected to reopen in the autumn.\n',
};

let root: string;
let engine: Engine;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'latest-first-'));
  const corpusDir = path.join(root, 'corpus');
  fs.mkdirSync(corpusDir);
  for (const [file, text] of Object.entries(REPORTS)) fs.writeFileSync(path.join(corpusDir, file), text);
  engine = await createEngine({ corpusDir, indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' }, silentLogger, { embedder: await offlineEmbedder() });
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('two reports giving the repair cost differently', () => {
  it('GIVEN "What is the latest repair cost?" THEN the newer report comes first, and the answer says the sources differ', async () => {
    const a = await engine.ask('What is the latest repair cost?');
    expect(a.passages.map((p) => p.citation.docId)).toEqual(['bridge-february.md', 'bridge-january.md']);
    expect(a.differences?.[0]?.passages).toEqual([0, 1]);
  });

  it('GIVEN "any news on the repair cost?" (a request whose subject alone is searched) THEN the newer report comes first too', async () => {
    const a = await engine.ask('any news on the repair cost?');
    expect(a.passages.map((p) => p.citation.docId)).toEqual(['bridge-february.md', 'bridge-january.md']);
  });

  it('GIVEN "any updates?" after a question THEN it asks for the latest on that question: the newer report\'s figure first, read with it', async () => {
    const a = await engine.ask('any updates?', { previous: 'What will the repairs cost?' });
    expect(a.overview).toBeUndefined();
    expect(a.followUp).toBe('with-previous');
    expect(a.passages[0]!.citation.docId).toBe('bridge-february.md');
    expect(a.passages[0]!.focus).toContain('3 million dollars');
    // With nothing before it, the coverage's latest as a whole: each report's opening, newest first.
    const alone = await engine.ask('any updates?');
    expect(alone.overview).toBe(true);
    expect(alone.passages[0]!.citation.docId).toBe('bridge-february.md');
  });

  it('GIVEN the same question without "latest" THEN the ranking orders them, whatever their dates', async () => {
    const now = await engine.ask('What is the latest repair cost?');
    const plain = await engine.ask('What is the repair cost?');
    // The ranking alone puts the January report first here: "latest" is what moves the February one up.
    expect(plain.passages[0]!.citation.docId).toBe('bridge-january.md');
    expect(plain.passages[0]!.score).toBeGreaterThan(plain.passages[1]!.score);
    expect(now.passages[0]!.citation.docId).not.toBe(plain.passages[0]!.citation.docId);
  });
});
