/**
 * The engine lends the documents its index was built from to readers of the corpus folder (the
 * corpus admin's preview and Add): an unchanged file is taken as the index holds it, not segmented
 * again. What it lends must be what reading the file gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { silentLogger } from '../../src/log.ts';
import { shippedArticleEngine, type CorpusEngine } from '../helpers/corpus-engine.ts';

let built: CorpusEngine;
beforeAll(async () => {
  built = await shippedArticleEngine('segmented-documents');
});
afterAll(() => built?.remove());

describe('the documents the serving index was built from', () => {
  it('GIVEN the corpus folder unchanged THEN each document lent is the one reading it gives, and a reader with them segments nothing', async () => {
    const corpusDir = path.join(built.root, 'corpus');
    const read = await loadCorpus(corpusDir, silentLogger);
    const known = built.engine.segmentedDocuments();
    for (const d of read.documents) {
      const lent = known(d.docId, d.contentHash);
      expect(lent, d.docId).toBeDefined();
      expect({ title: lent!.title, meta: lent!.meta, sentences: lent!.sentences }).toEqual({ title: d.title, meta: d.meta, sentences: d.sentences });
    }
    let lent = 0;
    const again = await loadCorpus(corpusDir, silentLogger, { known: (docId, hash) => { const d = known(docId, hash); if (d) lent++; return d; } });
    expect(lent).toBe(read.documents.length);
    expect(again.documents).toEqual(read.documents);
  });

  it('GIVEN a document whose bytes changed, or one the index never held THEN nothing is lent for it', async () => {
    const corpusDir = path.join(built.root, 'corpus');
    const [document] = (await loadCorpus(corpusDir, silentLogger)).documents;
    const known = built.engine.segmentedDocuments();
    expect(known(document!.docId, 'another-hash')).toBeUndefined();
    fs.writeFileSync(path.join(corpusDir, 'later.md'), '# Later\n\nA document added after the index was built.\n');
    const later = (await loadCorpus(corpusDir, silentLogger)).documents.find((d) => d.docId === 'later.md')!;
    expect(known(later.docId, later.contentHash)).toBeUndefined();
  });
});
