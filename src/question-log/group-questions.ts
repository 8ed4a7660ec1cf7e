/**
 * Groups the questions the coverage did not serve by topic, for /gaps. Pure: the vectors, the near
 * cosine and what the coverage holds are passed in. Two questions are on one topic when
 *  - by words: they share most of the weight of their content words (weighted Dice ≥ 0.5), among them
 *    what one of the two is most specifically about. Words are read the way the engine reads a
 *    question (`readQuestion`: chat spellings, typos, stems); a word weighs by how rare it is in
 *    English and, more, among the period's questions, and little when the coverage holds it (a gap
 *    is about what the coverage lacks, not about the event's names);
 *  - or by meaning, for a question its words leave alone: it and another are each other's nearest
 *    question by embedding, and closer than unrelated questions almost ever are.
 * Groups are the connected parts of that relation, largest first.
 */
import { isStopWord, stem, words } from '../index/terms.ts';
import { dot } from '../index/vector-index.ts';
import { englishSpecificity, isEnglishWord } from '../retrieval/english-frequency.ts';
import { readQuestion } from '../retrieval/question.ts';
import { allowedEdits, boundedEditDistance, vocabularyOf } from '../retrieval/spelling.ts';

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
  /**
   * Whether the coverage holds an index term. A question the coverage did not serve is about what it
   * lacks: the words it holds (the event's people and places) count for little.
   */
  covered?: (term: string) => boolean;
  /** The weighted share of words two questions must have in common (default 0.5). */
  minSharedWeight?: number;
}

export const DEFAULT_MIN_SHARED_WEIGHT = 0.5;
/** Questions on other topics assumed besides the period's own when judging how common a word is among them. */
const PRIOR_QUESTIONS = 50;
/** How much a word the coverage holds counts, against a word it lacks. */
export const COVERED_WEIGHT = 0.25;

/** A question's content terms with how much each says about its topic. */
interface Reading {
  terms: Map<string, number>;
  /** The words as typed, by term (for the group's label). */
  surface: Map<string, string>;
  total: number;
  /** The term that weighs most: what the question is most specifically about. */
  top: string;
}

export function groupQuestions<Q extends GroupableQuestion>(questions: readonly Q[], options: GroupingOptions = {}): QuestionGroup<Q>[] {
  const n = questions.length;
  if (n === 0) return [];
  const readings = readAll(questions.map((q) => q.text), options.covered);
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
    // Only a question its words left alone joins by meaning: joining groups through one pair each
    // would chain every topic of the event into one.
    const size = new Map<number, number>();
    for (let i = 0; i < n; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
    const alone = (i: number) => size.get(find(i)) === 1;
    const pairs: [number, number][] = [];
    for (let i = 0; i < n; i++) {
      const j = nearest[i]!;
      if (j > i && nearest[j] === i && best[i]! >= options.nearCosine! && (alone(i) || alone(j))) pairs.push([i, j]);
    }
    for (const [i, j] of pairs) join(i, j);
  }

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const list = members.get(root) ?? [];
    list.push(i);
    members.set(root, list);
  }
  const groups = [...members.values()].map((indices) => ({
    group: describeGroup(indices, questions, readings, vectors),
    latest: Math.max(...indices.map((i) => questions[i]!.at)),
  }));
  groups.sort((a, b) => b.group.questions.length - a.group.questions.length || b.latest - a.latest);
  return groups.map((g) => g.group);
}

/**
 * The questions read as the engine reads them, against a vocabulary of the questions' own words: a
 * word is known when it is English or another question uses it, and a word that is not English but
 * a typo away from an English word another question uses is read as that word ("happning",
 * "laetst"), even when the same slip recurs; a chat spelling or a function-word typo is dropped.
 */
function readAll(texts: readonly string[], covered: ((term: string) => boolean) | undefined): Reading[] {
  const english = new Map<string, number>();
  const other = new Set<string>();
  for (const text of texts) {
    for (const w of new Set(words(text))) {
      if (isStopWord(w) || /\d/.test(w)) continue;
      if (isEnglishWord(w)) english.set(w, (english.get(w) ?? 0) + 1);
      else other.add(w);
    }
  }
  const fixes = typoFixes(other, english);
  const fixed = texts.map((text) => text.replace(/[\p{L}\p{N}]+/gu, (token) => fixes.get(words(token)[0] ?? '') ?? token));

  const frequency = new Map<string, number>();
  const known = new Set<string>();
  for (const text of fixed) {
    for (const w of new Set(words(text))) {
      if (isStopWord(w)) continue;
      const s = stem(w.replace(/,/g, ''));
      frequency.set(s, (frequency.get(s) ?? 0) + 1);
      if (isEnglishWord(w)) known.add(s);
    }
  }
  const vocabulary = vocabularyOf(new Map([...frequency].filter(([t, f]) => f >= 2 || known.has(t))));
  const read = fixed.map((text) => readQuestion(text, vocabulary).content);

  // A word many questions of the period use — the event's main names, the scaffolding of how members
  // ask ("come up", "latest") — says less about which topic a question is on than a rarer one.
  const df = new Map<string, number>();
  for (const content of read) for (const t of new Set(content.map((c) => c.term))) df.set(t, (df.get(t) ?? 0) + 1);
  const n = texts.length;
  // Squared: how rare a word is among the period's questions counts more than how rare it is in
  // English. The period is taken to hold PRIOR_QUESTIONS more on other topics, so that in a handful of
  // questions the word they share is not discounted as common.
  const spread = (term: string) => Math.log(1 + (n + PRIOR_QUESTIONS) / df.get(term)!) ** 2;
  return read.map((content) => {
    const terms = new Map<string, number>();
    const surface = new Map<string, string>();
    for (const c of content) {
      const specificity = englishSpecificity(c.word, c.lemma);
      const weight = specificity * spread(c.term) * (covered?.(c.term) ? COVERED_WEIGHT : 1);
      terms.set(c.term, Math.max(terms.get(c.term) ?? 0, weight));
      if (!surface.has(c.term)) surface.set(c.term, c.word);
    }
    let total = 0;
    let top = '';
    for (const [t, w] of terms) {
      total += w;
      if (!top || w > terms.get(top)!) top = t;
    }
    return { terms, surface, total, top };
  });
}

/** Each word that is not English → the English word of the set it is a slip of (fewest edits, then most used). */
function typoFixes(other: Iterable<string>, english: ReadonlyMap<string, number>): Map<string, string> {
  const fixes = new Map<string, string>();
  for (const w of other) {
    if (w.length < 4) continue;
    const max = Math.max(1, allowedEdits(w.length));
    let best: string | null = null;
    let bestDistance = max + 1;
    for (const [e, count] of english) {
      if (Math.abs(e.length - w.length) > max) continue;
      const d = boundedEditDistance(w, e, max);
      if (d < bestDistance || (d === bestDistance && best !== null && count > english.get(best)!)) [best, bestDistance] = [e, d];
    }
    if (best !== null && bestDistance <= max) fixes.set(w, best);
  }
  return fixes;
}

/** Weighted Dice: the weight of the shared terms, counted in both questions, over the weight of all their terms. */
function sharedWeight(a: Reading, b: Reading): number {
  if (a.total === 0 || b.total === 0) return 0;
  // What one of them is most specifically about must be among the words they share: "How does Cuba
  // affect Mexico?" and "How does Canada affect Mexico?" share a frame, not a topic.
  if (!b.terms.has(a.top) && !a.terms.has(b.top)) return 0;
  let shared = 0;
  for (const [t, w] of a.terms) {
    const other = b.terms.get(t);
    if (other !== undefined) shared += Math.min(w, other);
  }
  return (2 * shared) / (a.total + b.total);
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

/** The group's most frequent spelling of a term (a typo in one question does not become the label). */
function surfaceOf(term: string, indices: readonly number[], readings: readonly Reading[]): string {
  const spellings = new Map<string, number>();
  for (const i of indices) {
    const word = readings[i]!.surface.get(term);
    if (word) spellings.set(word, (spellings.get(word) ?? 0) + 1);
  }
  let best = term;
  let count = 0;
  for (const [word, c] of spellings) if (c > count) [best, count] = [word, c];
  return best;
}
