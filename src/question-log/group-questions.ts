/**
 * Groups the questions the coverage did not serve by topic, for /gaps. Two questions are on one topic
 * when they share their content words — most of the weight of either's words, read the way the engine
 * reads a question (`readQuestion`: chat spellings, typos, stems) — or when each is the other's
 * nearest question by embedding, closer than unrelated questions almost ever are. Groups are the connected parts of that relation,
 * largest first. Pure: the vectors and the near cosine are passed in.
 */
import { isStopWord, stem, words } from '../index/terms.ts';
import { englishSpecificity, isEnglishWord } from '../retrieval/english-frequency.ts';
import { readQuestion } from '../retrieval/question.ts';
import { vocabularyOf } from '../retrieval/spelling.ts';

export interface GroupableQuestion {
  text: string;
  /** When it was asked (ms since the epoch): ties between groups go to the more recent. */
  at: number;
}

export interface QuestionGroup<Q extends GroupableQuestion> {
  questions: Q[];
  /** The question that shares the most with the rest of its group. */
  example: Q;
  /** Content words most of the group uses, most shared first (at most three). */
  words: string[];
}

export interface GroupingOptions {
  /** One unit vector per question (same order), or none to group by words alone. */
  vectors?: readonly Float32Array[];
  /** The cosine at or above which two questions' vectors count as close. */
  nearCosine?: number;
  /** The weighted share of words two questions must have in common (default 0.5). */
  minSharedWeight?: number;
}

export const DEFAULT_MIN_SHARED_WEIGHT = 0.5;

/** A question's content terms with how much each says about its topic. */
interface Reading {
  terms: Map<string, number>;
  /** The words as typed, by term (for the group's label). */
  surface: Map<string, string>;
  total: number;
}

export function groupQuestions<Q extends GroupableQuestion>(questions: readonly Q[], options: GroupingOptions = {}): QuestionGroup<Q>[] {
  const n = questions.length;
  if (n === 0) return [];
  const readings = readAll(questions.map((q) => q.text));
  const minShared = options.minSharedWeight ?? DEFAULT_MIN_SHARED_WEIGHT;
  const vectors = options.vectors && options.nearCosine !== undefined && options.vectors.length === n ? options.vectors : null;

  // Inverted lists keep the word comparison to pairs that share a term at all.
  const byTerm = new Map<string, number[]>();
  readings.forEach((r, i) => {
    for (const t of r.terms.keys()) {
      const list = byTerm.get(t) ?? [];
      list.push(i);
      byTerm.set(t, list);
    }
  });

  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  for (let i = 0; i < n; i++) {
    const candidates = new Set<number>();
    for (const t of readings[i]!.terms.keys()) for (const j of byTerm.get(t)!) if (j > i) candidates.add(j);
    for (const j of candidates) if (sharedWeight(readings[i]!, readings[j]!) >= minShared) join(i, j);
  }
  if (vectors) {
    // Questions about one event all sit fairly close ("what did Trump say about X"), so a vector
    // link needs both: each is the other's nearest question, and closer than unrelated questions get.
    const nearest = new Array<number>(n).fill(-1);
    const best = new Array<number>(n).fill(-Infinity);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const c = dot(vectors[i]!, vectors[j]!);
        if (c > best[i]!) [best[i], nearest[i]] = [c, j];
        if (c > best[j]!) [best[j], nearest[j]] = [c, i];
      }
    }
    for (let i = 0; i < n; i++) {
      const j = nearest[i]!;
      if (j > i && nearest[j] === i && best[i]! >= options.nearCosine!) join(i, j);
    }
  }

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  }
  const groups = [...members.values()].map((indices) => describeGroup(indices, questions, readings, vectors));
  const latest = (g: QuestionGroup<Q>) => Math.max(...g.questions.map((q) => q.at));
  return groups.sort((a, b) => b.questions.length - a.questions.length || latest(b) - latest(a));
}

/**
 * The questions read as the engine reads them, against a vocabulary of the questions' own words: a
 * word is known when it is English or another question uses it, so a typo is corrected to a word the
 * other questions use ("tarifs" → "tariff") and a chat spelling or a function-word typo is dropped.
 */
function readAll(texts: readonly string[]): Reading[] {
  const frequency = new Map<string, number>();
  const english = new Set<string>();
  for (const text of texts) {
    for (const w of new Set(words(text))) {
      if (isStopWord(w)) continue;
      const s = stem(w.replace(/,/g, ''));
      frequency.set(s, (frequency.get(s) ?? 0) + 1);
      if (isEnglishWord(w)) english.add(s);
    }
  }
  const vocabulary = vocabularyOf(new Map([...frequency].filter(([t, f]) => f >= 2 || english.has(t))));
  const read = texts.map((text) => readQuestion(text, vocabulary).content);

  // A word most questions of the period use (the event's main names) says little about which topic.
  const df = new Map<string, number>();
  for (const content of read) for (const t of new Set(content.map((c) => c.term))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = texts.length;
  const spread = (term: string) => {
    const share = df.get(term)! / n;
    return n >= 8 && share > 0.5 ? Math.log(1 / share) / Math.log(2) : 1;
  };
  return read.map((content) => {
    const terms = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const c of content) {
      const weight = englishSpecificity(c.word, c.lemma) * spread(c.term);
      terms.set(c.term, Math.max(terms.get(c.term) ?? 0, weight));
      if (!surface.has(c.term)) surface.set(c.term, c.word);
    }
    let total = 0;
    for (const w of terms.values()) total += w;
    return { terms, surface, total };
  });
}

/** Weighted Dice: the weight of the shared terms, counted in both questions, over the weight of all their terms. */
function sharedWeight(a: Reading, b: Reading): number {
  if (a.total === 0 || b.total === 0) return 0;
  let shared = 0;
  for (const [t, w] of a.terms) {
    const other = b.terms.get(t);
    if (other !== undefined) shared += Math.min(w, other);
  }
  return (2 * shared) / (a.total + b.total);
}

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function describeGroup<Q extends GroupableQuestion>(
  indices: readonly number[],
  questions: readonly Q[],
  readings: readonly Reading[],
  vectors: readonly Float32Array[] | null,
): QuestionGroup<Q> {
  // The example: the member closest to all the others (words, and vectors when there are any).
  let best = indices[0]!;
  let bestScore = -Infinity;
  if (indices.length > 2) {
    // Large groups: compare with a sample, so a group of hundreds costs no more than a few thousand pairs.
    const sample = indices.length > 60 ? indices.filter((_, k) => k % Math.ceil(indices.length / 60) === 0) : indices;
    for (const i of indices) {
      let score = 0;
      for (const j of sample) {
        if (i === j) continue;
        score += sharedWeight(readings[i]!, readings[j]!) + (vectors ? dot(vectors[i]!, vectors[j]!) : 0);
      }
      if (score > bestScore || (score === bestScore && questions[i]!.at > questions[best]!.at)) {
        bestScore = score;
        best = i;
      }
    }
  } else {
    best = indices.reduce((a, b) => (questions[b]!.at > questions[a]!.at ? b : a));
  }

  const count = new Map<string, number>();
  for (const i of indices) for (const t of readings[i]!.terms.keys()) count.set(t, (count.get(t) ?? 0) + 1);
  const minUsers = Math.max(2, Math.ceil(indices.length / 2));
  const label = [...count]
    .filter(([, c]) => indices.length === 1 || c >= minUsers)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t]) => surfaceOf(t, indices, readings));
  return { questions: indices.map((i) => questions[i]!), example: questions[best]!, words: label };
}

function surfaceOf(term: string, indices: readonly number[], readings: readonly Reading[]): string {
  for (const i of indices) {
    const word = readings[i]!.surface.get(term);
    if (word) return word;
  }
  return term;
}
