import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS, type EngineConfig } from '../../src/config.ts';
import { firstDocumentEngine } from '../../src/cli/first-document-engine.ts';
import type { Embedder } from '../../src/embedding/embedder.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { countingEmbedder, offlineEmbedder } from '../helpers/offline-embedder.ts';
import { temporaryFolders } from '../helpers/temporary-folders.ts';

const folder = temporaryFolders('first-document-');
const DOC = '# Ferry service resumes\n\nThe island ferry resumed its daily crossings on Monday after a three-week strike.\n';
let base: Embedder;

beforeAll(async () => {
  base = await offlineEmbedder();
});

function emptyCorpus(): EngineConfig {
  const root = folder();
  fs.mkdirSync(path.join(root, 'corpus'));
  return { corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
}

describe('npm run add into an empty corpus folder: the engine that opens on the first document', () => {
  it('GIVEN nothing written yet THEN it stands in as a corpus of none', () => {
    const engine = firstDocumentEngine(() => Promise.reject(new Error('not opened before the first reindex')));
    expect(engine.sources().documents).toEqual([]);
    expect(engine.segmentedDocuments()('ferry.md', 'hash')).toBeUndefined();
  });

  it('GIVEN the first document written THEN its first reindex opens the engine, which indexes it and reports it added; later reindexes are that engine\'s', async () => {
    const config = emptyCorpus();
    const engine = firstDocumentEngine(() => createEngine(config, silentLogger, { embedder: base }));
    fs.writeFileSync(path.join(config.corpusDir, 'ferry.md'), DOC);
    const report = await engine.reindex();
    expect(report).toMatchObject({ added: ['ferry.md'], changed: [], removed: [] });
    expect(report.embedded).toBeGreaterThan(0);
    expect(engine.sources().documents.map((d) => d.title)).toEqual(['Ferry service resumes']);
    fs.appendFileSync(path.join(config.corpusDir, 'ferry.md'), '\nThe operator added an evening crossing on Fridays.\n');
    expect(await engine.reindex()).toMatchObject({ added: [], changed: ['ferry.md'] });
  });

  it('GIVEN another process indexed the document meanwhile (the engine opens on a saved index that matches) THEN it is still reported added, nothing embedded', async () => {
    const config = emptyCorpus();
    fs.writeFileSync(path.join(config.corpusDir, 'ferry.md'), DOC);
    await createEngine(config, silentLogger, { embedder: base });
    const counting = countingEmbedder(base);
    const engine = firstDocumentEngine(() => createEngine(config, silentLogger, { embedder: counting }));
    const report = await engine.reindex();
    expect(report).toMatchObject({ added: ['ferry.md'], changed: [], removed: [], unchanged: 0, embedded: 0 });
    expect(report.totalSentences).toBe(engine.sources().documents[0]!.sentences);
    expect(counting.passages).toBe(0);
  });
});
