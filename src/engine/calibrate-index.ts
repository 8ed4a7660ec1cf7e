/** Measures a freshly built index: top scores of corpus-generated questions vs. off-topic ones. */
import type { Embedder } from '../embedding/embedder.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { calibrate, type Calibration } from '../retrieval/calibration.ts';
import { OFF_TOPIC_QUESTIONS } from '../retrieval/off-topic-questions.ts';
import { samplePseudoQuestions } from '../retrieval/pseudo-questions.ts';
import { retrieve } from '../retrieval/retrieve.ts';

export async function calibrateIndex(index: SearchIndex, embedder: Embedder, sample = 200): Promise<Calibration> {
  const texts = index.records.filter((r) => isSearchable(r)).map((r) => r.text);
  const positives = samplePseudoQuestions(texts, sample);
  const negatives = [...OFF_TOPIC_QUESTIONS];
  const all = [...positives, ...negatives];
  const vectors = await embedder.embedQueries(all);
  const top = all.map((q, i) => retrieve(index, q, vectors[i]!)[0]?.score ?? 0);
  return calibrate(top.slice(0, positives.length), top.slice(positives.length));
}
