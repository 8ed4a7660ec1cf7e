/** A real engine (offline model, real index on disk) over documents written to a fresh temporary corpus folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import type { SentenceRecord } from '../../src/index/sentence-record.ts';
import type { Ranked } from '../../src/retrieval/fuse.ts';
import { silentLogger, type Logger } from '../../src/log.ts';
import { offlineEmbedder } from './offline-embedder.ts';

export interface CorpusEngine {
  engine: Engine;
  /** The temporary folder holding `corpus/` and `index/`. */
  root: string;
  remove(): void;
}

/** `documents`: file name (relative to the corpus folder) → text; `logger` silent unless given. */
export async function corpusEngine(name: string, documents: Record<string, string>, logger: Logger = silentLogger): Promise<CorpusEngine> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  fs.mkdirSync(path.join(root, 'corpus'));
  for (const [file, text] of Object.entries(documents)) fs.writeFileSync(path.join(root, 'corpus', file), text);
  const config = { corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
  const engine = await createEngine(config, logger, { embedder: await offlineEmbedder() });
  return { engine, root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** An engine over the shipped article alone, as a fresh server's bot starts with (the corpus folder is a copy: tests may add to it). */
export async function shippedArticleEngine(name: string, logger: Logger = silentLogger): Promise<CorpusEngine> {
  return corpusEngine(name, { [SHIPPED_FILE]: fs.readFileSync(path.join(DEFAULTS.corpusDir, SHIPPED_FILE), 'utf8') }, logger);
}

const SHIPPED_FILE = 'sheinbaum-trump-call.md';

/** The sentences of the engine's first document, headings left out, in order. */
export function bodySentences(engine: Engine): SentenceRecord[] {
  const { index } = engine.current();
  return index.documentSentences(index.documentIds[0]!).filter((s) => s.kind !== 'heading');
}

/** A ranking of these sentences in the order given (scores falling; no features: for what reads only the order). */
export function rankedInOrder(sentences: readonly SentenceRecord[]): Ranked[] {
  return sentences.map((s, i) => ({ slot: s.slot, score: sentences.length - i }) as Ranked);
}
