/**
 * Questions generated from the corpus itself, for calibration: a sentence's content words, some
 * dropped and a question word added, as a member who half remembers a passage might ask.
 */
import { isStopWord, words } from '../index/terms.ts';
import { seededRandom } from '../seeded-random.ts';

const OPENERS = ['what', 'who', 'when', 'how', 'why', 'where', 'which'];

export function pseudoQuestion(sentence: string, random: () => number, keep = 0.6): string | null {
  const content = words(sentence).filter((w) => !isStopWord(w) && w.length > 2);
  if (content.length < 4) return null;
  const kept = content.filter(() => random() < keep).slice(0, 8);
  if (kept.length < 2) return null;
  const opener = OPENERS[Math.floor(random() * OPENERS.length)]!;
  return `${opener} ${kept.join(' ')}?`;
}

export interface PseudoQuestion {
  question: string;
  /** Index of the sentence it was made from. */
  source: number;
}

export function samplePseudoQuestions(sentences: readonly string[], count: number, seed = 7): PseudoQuestion[] {
  const random = seededRandom(seed);
  const order = sentences.map((s, i) => ({ s, i, k: random() })).sort((a, b) => a.k - b.k);
  const out: PseudoQuestion[] = [];
  for (const { s, i } of order) {
    if (out.length >= count) break;
    const q = pseudoQuestion(s, random);
    if (q) out.push({ question: q, source: i });
  }
  return out;
}
