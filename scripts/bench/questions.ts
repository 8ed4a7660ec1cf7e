/**
 * Benchmark questions drawn from the corpus itself: a window of 8 consecutive words of a sentence,
 * as someone quoting a half-remembered line would ask, and two paraphrases of such windows — two
 * words dropped, or the words shuffled. A question is answered when one of the top results holds
 * the window's words in order (the source sentence, or another sentence with the same 8 words:
 * a refrain repeated across chapters is found equally well in either place). Pure.
 */
import { words } from '../../src/index/terms.ts';
import { seededRandom, shuffled } from './random.ts';

export type QuestionKind = 'exact' | 'dropped' | 'shuffled';

export interface BenchQuestion {
  text: string;
  kind: QuestionKind;
  /** Index of the source sentence in the list the questions were drawn from. */
  source: number;
  /** The 8 consecutive words the question was made from. */
  window: string;
}

export const WINDOW_WORDS = 8;

/** Shares of each kind: half quote the sentence, half paraphrase it. */
const KINDS: readonly QuestionKind[] = ['exact', 'exact', 'dropped', 'shuffled'];

export function makeQuestions(sentences: readonly string[], count: number, seed: number): BenchQuestion[] {
  const random = seededRandom(seed);
  const eligible: number[] = [];
  sentences.forEach((s, i) => {
    if (s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= WINDOW_WORDS) eligible.push(i);
  });
  if (eligible.length === 0) return [];
  const out: BenchQuestion[] = [];
  for (let n = 0; n < count; n++) {
    const source = eligible[Math.floor(random() * eligible.length)]!;
    const tokens = sentences[source]!.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const start = Math.floor(random() * (tokens.length - WINDOW_WORDS + 1));
    const window = tokens.slice(start, start + WINDOW_WORDS);
    const kind = KINDS[n % KINDS.length]!;
    out.push({ text: paraphrase(window, kind, random).join(' '), kind, source, window: window.join(' ') });
  }
  return out;
}

function paraphrase(window: readonly string[], kind: QuestionKind, random: () => number): string[] {
  switch (kind) {
    case 'exact':
      return [...window];
    case 'dropped': {
      const drop = new Set(shuffled(window.map((_, i) => i), random).slice(0, 2));
      return window.filter((_, i) => !drop.has(i));
    }
    case 'shuffled':
      return shuffled(window, random);
  }
}

/** True when `text` holds the words of `window` consecutively (case, accents and punctuation aside). */
export function holdsWindow(text: string, window: string): boolean {
  const needle = ` ${words(window).join(' ')} `;
  return ` ${words(text).join(' ')} `.includes(needle);
}

/** Joins the sentences one result cites: its own and other documents' copies of it ("also in"). */
export const COPY_SEPARATOR = '\u0000';

/** Share of questions whose window is in one of the first `top` results (a result's copies count as it). */
export function accuracy(questions: readonly BenchQuestion[], results: readonly (readonly string[])[], top = 3): number {
  if (questions.length === 0) return NaN;
  let hits = 0;
  questions.forEach((q, i) => {
    if ((results[i] ?? []).slice(0, top).some((text) => text.split(COPY_SEPARATOR).some((sentence) => holdsWindow(sentence, q.window)))) hits++;
  });
  return hits / questions.length;
}

/** Accuracy per kind of question, and over all of them. */
export function accuracyByKind(questions: readonly BenchQuestion[], results: readonly (readonly string[])[], top = 3): Record<QuestionKind | 'all', number> {
  const of = (kind: QuestionKind) => {
    const idx = questions.map((q, i) => (q.kind === kind ? i : -1)).filter((i) => i >= 0);
    return accuracy(idx.map((i) => questions[i]!), idx.map((i) => results[i]!), top);
  };
  return { exact: of('exact'), dropped: of('dropped'), shuffled: of('shuffled'), all: accuracy(questions, results, top) };
}
