/**
 * Whether a sentence says the question's verb of the person the question asks about, or of another
 * person of theirs: "When did she die?" is not answered by "Her husband died in 2010", though both
 * words and the kind of answer are there, but by "Rosa Delgado … died on Saturday". Only for a
 * question whose subject is "he" or "she", as members ask of the person a report is about. Pure.
 */
import { typedTokens, words } from '../index/terms.ts';
import { lemma } from '../lexicon/lemma.ts';

const PRONOUN_SUBJECT = /^(?:when|where|how|why|what|who)?\s*(?:did|does|do|was|is|has|had|will)\s+(?:she|he)\s+(\p{L}+)/iu;
const POSSESSIVE = /^(?:his|her|their)$/i;
const AUXILIARY = /^(?:was|were|is|had|has|have|will|would)$/i;

/** The dictionary form of the verb a question asks of "he" or "she" ("When did she DIE?", "Where was he BORN?"), or null. */
export function verbAskedOfPronoun(question: string): string | null {
  const verb = PRONOUN_SUBJECT.exec(question.trim())?.[1];
  return verb ? lemma(verb.toLowerCase()) : null;
}

/**
 * Whom a sentence says the verb (a dictionary form) of: "another" when each time it follows another
 * person of theirs ("HER HUSBAND died", "his father was born"), "subject" when once it does not, null
 * when the sentence does not hold the verb.
 */
export function verbSaidOf(sentence: string, verb: string): 'subject' | 'another' | null {
  const tokens = typedTokens(sentence).map((t) => words(t)[0] ?? '');
  let found: 'another' | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === '' || lemma(tokens[i]!) !== verb) continue;
    const j = AUXILIARY.test(tokens[i - 1] ?? '') ? i - 1 : i;
    if (POSSESSIVE.test(tokens[j - 2] ?? '') && tokens[j - 1]) found = 'another';
    else return 'subject';
  }
  return found;
}
