/**
 * The words a question uses as its verb after an auxiliary and its subject: "How did the call END?",
 * "Why did she REFUSE?", "What do analysts THINK…", "Did Trump UNDERSTAND…". WordNet calls "end" a noun
 * most often; here it is the verb. The subject is a pronoun, a name (capitalised words), or a few words
 * after a determiner (the question's last word then being the verb), or up to their first noun
 * ("the leaders AGREE on…", "analysts"). Pure.
 */
import { typedTokens, words } from '../index/terms.ts';
import { mostOftenNoun } from '../lexicon/wordnet-lexicon.ts';

const AUXILIARY = /^(?:do|does|did|will|would|can|could|should|shall|may|might|must)$/i;
const PRONOUN = /^(?:i|you|he|she|it|we|they)$/i;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your)$/i;
/** Words before the subject's noun: "the two leaders", "the Mexican president". */
const MAX_SUBJECT_WORDS = 3;

export function verbsAfterSubject(question: string): Set<string> {
  return verbsAfter(question, subjectEnd);
}

/**
 * The words a question uses as its verb after an auxiliary and a named subject ("Why does Mexico
 * MATTER…", "When will Trump VISIT…"): mostly nouns elsewhere, verbs there.
 */
export function verbsAfterNamedSubject(question: string): Set<string> {
  return verbsAfter(question, namedSubjectEnd);
}

type SubjectReader = (tokens: readonly string[], from: number) => number | null;

/** The word after each auxiliary's subject, as `subjectEndAt` reads the subject. */
function verbsAfter(question: string, subjectEndAt: SubjectReader): Set<string> {
  const tokens = typedTokens(question);
  const out = new Set<string>();
  tokens.forEach((token, i) => {
    if (!AUXILIARY.test(token)) return;
    const end = subjectEndAt(tokens, i + 1);
    const verb = end === null ? undefined : tokens[end];
    if (verb !== undefined) out.add(words(verb)[0] ?? '');
  });
  out.delete('');
  return out;
}

/** The position just after a name (a run of capitalised words) starting at `from`, or null. */
function namedSubjectEnd(tokens: readonly string[], from: number): number | null {
  let j = from;
  while (j < tokens.length && /^\p{Lu}/u.test(tokens[j]!)) j++;
  return j > from ? j : null;
}

/**
 * The position just after the subject starting at `from`, or null when none is recognised. Subjects
 * joined by "and" are one: "What did Trump AND Sheinbaum agree?", "When did she and the president talk?".
 */
function subjectEnd(tokens: readonly string[], from: number): number | null {
  const end = oneSubjectEnd(tokens, from);
  if (end === null || tokens[end]?.toLowerCase() !== 'and') return end;
  return subjectEnd(tokens, end + 1) ?? end;
}

function oneSubjectEnd(tokens: readonly string[], from: number): number | null {
  const first = tokens[from];
  if (first === undefined) return null;
  if (PRONOUN.test(first)) return from + 1;
  if (!DETERMINER.test(first)) {
    const name = namedSubjectEnd(tokens, from);
    if (name !== null) return name;
  }
  const start = DETERMINER.test(first) ? from + 1 : from;
  // A question that ends a few words after its determiner ends with its verb: "How did the call END?"
  // ("call" is a verb more often than a noun), "When did the two leaders TALK?".
  if (start > from && tokens.length - start >= 2 && tokens.length - start <= MAX_SUBJECT_WORDS + 1) return tokens.length - 1;
  for (let j = start; j < Math.min(tokens.length, start + MAX_SUBJECT_WORDS); j++) {
    const w = words(tokens[j]!)[0];
    if (w && mostOftenNoun(w)) return j + 1;
  }
  return null;
}
