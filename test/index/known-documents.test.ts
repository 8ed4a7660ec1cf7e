import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { knownDocuments, updateIndex } from '../../src/engine/open-index.ts';
import { silentLogger } from '../../src/log.ts';
import { offlineEmbedder } from '../helpers/offline-embedder.ts';

const BRIDGE = `Source: https://example.org/bridge
Date: 2026-03-02

# Harbour bridge reopens

The harbour bridge reopened on Tuesday after eight months of repairs.

## Costs

Engineers replaced 412 steel cables. The council said:

- repairs cost 31 million euros
- the towers were repainted
`;
const LIBRARY = 'Library news\n\nThe central library closed for two weeks. Volunteers moved 20,000 books.\n';

let embedder: Embedder;
const dirs: string[] = [];

beforeAll(async () => {
  embedder = await offlineEmbedder();
});
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('reloading a corpus with the documents an index already holds', () => {
  it('GIVEN one changed file THEN only it is segmented again, and the result equals a full load', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'known-docs-'));
    dirs.push(root);
    const corpusDir = path.join(root, 'corpus');
    fs.mkdirSync(corpusDir);
    fs.writeFileSync(path.join(corpusDir, 'bridge.md'), BRIDGE);
    fs.writeFileSync(path.join(corpusDir, 'library.txt'), LIBRARY);
    const built = await updateIndex(path.join(root, 'index'), await loadCorpus(corpusDir, silentLogger), embedder, null, silentLogger);

    fs.writeFileSync(path.join(corpusDir, 'library.txt'), LIBRARY.replace('two weeks', 'three weeks'));
    const known = knownDocuments(built.index);
    const reused: string[] = [];
    const reloaded = await loadCorpus(corpusDir, silentLogger, {
      known: (docId, hash) => {
        const doc = known(docId, hash);
        if (doc) reused.push(docId);
        return doc;
      },
    });

    expect(reused).toEqual(['bridge.md']);
    expect(reloaded).toEqual(await loadCorpus(corpusDir, silentLogger));
  });
});
