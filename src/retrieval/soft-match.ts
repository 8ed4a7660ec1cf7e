/**
 * Paraphrase evidence: a question word the sentence does not hold may still be there in other
 * words — "murders" / "homicide", "troops" / "military". Each question word counts 1 when the
 * sentence holds its dictionary form ("dying" / "died"), and, failing that, by its nearest word in
 * the sentence when that word is a neighbour in the embedding (cosine at or above the model's
 * measured cutoff): ½ at the cutoff up to 1 at identity. A shared stem alone is not enough
 * ("president" / "presidency", "universe" / "University"): it counts only through the embedding,
 * or fully for a word the model does not know. Weighted by IDF like `coverage`. Pure, given the
 * word vectors.
 */
import { isStopWord, stem, words } from '../index/terms.ts';
import { lemma } from '../lexicon/lemma.ts';
import { cannotStandForPerson } from '../lexicon/person-kinds.ts';
import type { Question, QuestionWord } from './question.ts';
import type { TermEvidence } from './retrieve.ts';

export type WordVectorLookup = (word: string) => Float32Array | null | undefined;

/** Re-ranking with neighbours looks at this many of the best candidates. */
export const SOFT_RERANK_DEPTH = 12;

/** The words of a sentence that can stand for a question word (content words, as dictionary forms). */
export function contentWords(text: string): string[] {
  return contentOf(words(text));
}

function contentOf(textWords: readonly string[]): string[] {
  return [...new Set(textWords.filter((w) => !isStopWord(w) && !/^\d/.test(w)).map(lemma))];
}

/** The words of the question to look up: each content word's dictionary form. */
export function questionLookupWords(q: Question): string[] {
  return q.content.map((c) => c.lemma);
}

function dotUnit(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

/** A sentence's words as soft matching reads them: dictionary forms, stems, content words. */
export interface SoftText {
  lemmas: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  content: readonly string[];
}

export function softText(sentence: string): SoftText {
  const sentenceWords = words(sentence);
  const content = contentOf(sentenceWords);
  return { lemmas: new Set(content), stems: new Set(sentenceWords.map((w) => stem(w))), content };
}

/** The text as holding these question words as well (a name it refers to by its title: title-alias.ts). */
export function alsoHolding(text: SoftText, held: readonly Pick<QuestionWord, 'lemma' | 'term'>[]): SoftText {
  if (held.length === 0) return text;
  return { lemmas: new Set([...text.lemmas, ...held.map((c) => c.lemma)]), stems: new Set([...text.stems, ...held.map((c) => c.term)]), content: text.content };
}

/**
 * How well a text holds one question word, 0–1: its dictionary form 1, else its nearest embedding
 * neighbour. A word of the text that is one of the question's own words (`questionLemmas`) stands for
 * that word only: "President" holds the "president" of "Who is the vice president?", not its "vice"
 * as well, though the two are neighbours. A word naming a person is held only by one naming the same
 * kind of person (person-kinds.ts): neither the "Secretary" nor the "Foreign" of a passage is an "ambassador".
 */
export function wordCredit(
  c: QuestionWord,
  text: SoftText,
  vectorOf: WordVectorLookup,
  cutoff: number,
  questionLemmas: ReadonlySet<string> = new Set(),
  notThePerson: ((textWord: string) => boolean) | null = cannotStandForPerson(c),
): number {
  // A corrected typo has no dictionary form of its own: its corrected stem stands for it.
  if (text.lemmas.has(c.lemma) || (c.corrected && text.stems.has(c.term))) return 1;
  const qv = vectorOf(c.lemma);
  if (!qv) return text.stems.has(c.term) ? 1 : 0;
  let best = -1;
  for (const s of text.content) {
    if (questionLemmas.has(s) || notThePerson?.(s)) continue;
    const sv = vectorOf(s);
    if (sv) best = Math.max(best, dotUnit(qv, sv));
  }
  return best >= cutoff ? 0.5 + (0.5 * (best - cutoff)) / Math.max(1e-6, 1 - cutoff) : 0;
}

/** How well a text holds a question word (`wordCredit` with the vectors and cutoff bound). */
export type WordCredit = (c: QuestionWord, text: SoftText) => number;

/**
 * `wordCredit` for one question, each (word, text) pair measured once: the re-ranking and the
 * answer-or-refuse decision ask about the same best candidates. A word's weight does not enter it.
 */
export function wordCredits(vectorOf: WordVectorLookup, cutoff: number, questionLemmas: ReadonlySet<string> = new Set()): WordCredit {
  const measured = new WeakMap<SoftText, Map<string, number>>();
  // Whether a question word names a person is read once per word, from its written form (person-kinds.ts).
  const personChecks = new Map<string, ReturnType<typeof cannotStandForPerson>>();
  return (c, text) => {
    let byWord = measured.get(text);
    if (!byWord) measured.set(text, (byWord = new Map()));
    const key = `${c.lemma} ${c.term} ${c.corrected} ${c.word}`;
    let credit = byWord.get(key);
    if (credit === undefined) {
      let check = personChecks.get(key);
      if (check === undefined) personChecks.set(key, (check = cannotStandForPerson(c)));
      byWord.set(key, (credit = wordCredit(c, text, vectorOf, cutoff, questionLemmas, check)));
    }
    return credit;
  };
}

export function softCoverage(q: Question, evidence: TermEvidence, text: SoftText, credit: WordCredit): number {
  if (evidence.totalIdf <= 0) return 0;
  let covered = 0;
  for (const c of q.content) {
    const i = evidence.terms.indexOf(c.term);
    if (i < 0) continue;
    covered += (evidence.idf[i]! / evidence.totalIdf) * credit(c, text);
  }
  return Math.min(1, covered);
}
