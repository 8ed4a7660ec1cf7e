/** The corpora the evaluation settings are asked against, written as real corpus folders. */
import fs from 'node:fs';
import path from 'node:path';
import type { EngineConfig } from '../config.ts';
import { createEngine, type Engine } from '../engine/create-engine.ts';
import type { Embedder } from '../embedding/embedder.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import type { Logger } from '../log.ts';
import { EVENT_ARTICLE, SQUAD_FOLDER, type EvalArticle } from './eval-sets.ts';
import { segmentWithIntl, type PeerSentence } from './minisearch-peer.ts';

export interface CorpusFile {
  /** Path inside the corpus folder (its document id). */
  file: string;
  text: string;
}

/** The project corpus's documents (the event article), as files to copy into an evaluation corpus. */
export async function projectDocuments(config: EngineConfig, logger: Logger): Promise<CorpusFile[]> {
  const corpus = await loadCorpus(config.corpusDir, logger);
  return corpus.documents.map((d) => ({ file: d.docId, text: fs.readFileSync(path.join(config.corpusDir, ...d.docId.split('/')), 'utf8') }));
}

/** One corpus of the event article's documents (under event/) and the given articles (under squad/). */
export function mixedCorpus(event: readonly CorpusFile[], articles: readonly EvalArticle[]): CorpusFile[] {
  return [...event.map((f) => ({ ...f, file: `${EVENT_ARTICLE}${f.file}` })), ...articles.map((a) => ({ file: `${SQUAD_FOLDER}${a.file}`, text: a.text }))];
}

/**
 * The mixed corpus without one article (the event article when `without` is EVENT_ARTICLE): its
 * questions asked of it are about coverage a server does not have, among the coverage it does — in
 * a corpus of many documents their words are found somewhere, and the answer must still be a refusal.
 */
export function mixedCorpusWithout(event: readonly CorpusFile[], articles: readonly EvalArticle[], without: string): CorpusFile[] {
  return mixedCorpus(without === EVENT_ARTICLE ? [] : event, articles.filter((a) => a.file !== without));
}

/**
 * An engine over the files, written as a corpus folder under `root` (with its index beside it): how
 * the evaluation, training and measurement scripts stand up each corpus they ask.
 */
export async function engineOver(files: readonly CorpusFile[], root: string, config: EngineConfig, embedder: Embedder, logger: Logger): Promise<Engine> {
  writeCorpus(path.join(root, 'corpus'), files);
  return createEngine({ ...config, corpusDir: path.join(root, 'corpus'), indexDir: path.join(root, 'index') }, logger, { embedder });
}

export function writeCorpus(dir: string, files: readonly CorpusFile[]): void {
  for (const f of files) {
    const target = path.join(dir, ...f.file.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, f.text);
  }
}

/** The peer's sentences: each file's text (without front matter) split by Intl.Segmenter. */
export function peerSentences(files: readonly CorpusFile[]): PeerSentence[] {
  return files.flatMap((f) => segmentWithIntl(f.text.replace(/^---\n[\s\S]*?\n---\n/, '')).map((text) => ({ text, source: f.file })));
}
