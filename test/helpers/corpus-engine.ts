/** A real engine (offline model, real index on disk) over documents written to a fresh temporary corpus folder. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULTS } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/engine/create-engine.ts';
import { silentLogger } from '../../src/log.ts';
import { offlineEmbedder } from './offline-embedder.ts';

export interface CorpusEngine {
  engine: Engine;
  /** The temporary folder holding `corpus/` and `index/`. */
  root: string;
  remove(): void;
}

/** `documents`: file name (relative to the corpus folder) → text. */
export async function corpusEngine(name: string, documents: Record<string, string>): Promise<CorpusEngine> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  fs.mkdirSync(path.join(root, 'corpus'));
  for (const [file, text] of Object.entries(documents)) fs.writeFileSync(path.join(root, 'corpus', file), text);
  const config = { corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index'), modelsDir: DEFAULTS.modelsDir, cacheDir: DEFAULTS.cacheDir, embeddingModel: 'offline' };
  const engine = await createEngine(config, silentLogger, { embedder: await offlineEmbedder() });
  return { engine, root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}
