/**
 * `npm run add` into an empty corpus folder: the engine cannot open on no document, so until the
 * first one is written this stands in for it as a corpus of none, and its first reindex opens the
 * engine (which indexes what was written). From then on it is that engine.
 */
import type { CorpusAdminOptions } from '../corpus/admin/corpus-admin.ts';
import type { Engine } from '../engine/create-engine.ts';
import type { ReindexReport } from '../engine/types.ts';

export function firstDocumentEngine(open: () => Promise<Engine>): CorpusAdminOptions['engine'] {
  let engine: Engine | null = null;
  return {
    sources: () => engine?.sources() ?? { documents: [], model: '', indexedAt: '', skipped: [] },
    segmentedDocuments: () => engine?.segmentedDocuments() ?? (() => undefined),
    async reindex(options) {
      if (engine) return engine.reindex(options);
      const started = performance.now();
      engine = await open();
      // Opened on a saved index that already matched (written by another process meanwhile): every document is new here.
      const { documents, skipped } = engine.sources();
      const report: ReindexReport = engine.startup.report ?? {
        added: documents.map((d) => d.docId),
        changed: [],
        removed: [],
        unchanged: 0,
        embedded: 0,
        totalSentences: documents.reduce((n, d) => n + d.sentences, 0),
        seconds: (performance.now() - started) / 1000,
        skipped,
      };
      return report;
    },
  };
}
