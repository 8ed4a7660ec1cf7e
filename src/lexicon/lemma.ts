/**
 * Dictionary forms of words (WordNet's exceptions and rules, as wink-lemmatizer applies them, over
 * wordnet-lexicon.ts): "dying" → "die", "deaths" → "death", "was" → "be". Unlike a stem, a lemma
 * never joins words of different meaning ("universe" and "university" share the stem "univers",
 * not a lemma). Pure.
 */
import { wordnetLexicon, type Lexicon, type PartOfSpeech } from './wordnet-lexicon.ts';

/** Suffix rules of WordNet's Morphy, in wink-lemmatizer's order. */
const NOUN_RULES: readonly [RegExp, string][] = [
  [/s$/, ''],
  [/ses$/, 's'],
  [/xes$/, 'x'],
  [/zes$/, 's'],
  [/ves$/, 'f'],
  [/ches$/, 'ch'],
  [/shes$/, 'sh'],
  [/men$/, 'man'],
  [/ies$/, 'y'],
];

/** A rule's result counts only when it changed the word's length and the result has that part of speech. */
function ruleHit(lexicon: Lexicon, pos: PartOfSpeech, word: string, candidate: string): boolean {
  return candidate.length !== word.length && lexicon.words[pos].has(candidate);
}

export function nounLemma(noun: string, lexicon: Lexicon = wordnetLexicon()): string {
  const irregular = lexicon.exceptions.noun.get(noun);
  if (irregular) return irregular;
  for (const [suffix, by] of NOUN_RULES) {
    const candidate = noun.replace(suffix, by);
    if (ruleHit(lexicon, 'noun', noun, candidate)) return candidate;
  }
  return noun;
}

export function verbLemma(verb: string, lexicon: Lexicon = wordnetLexicon()): string {
  const irregular = lexicon.exceptions.verb.get(verb);
  if (irregular) return irregular;
  for (const [suffix, by] of [[/s$/, ''], [/ies$/, 'y']] as const) {
    const candidate = verb.replace(suffix, by);
    if (ruleHit(lexicon, 'verb', verb, candidate)) return candidate;
  }
  const stripped = verb.replace(/es$|ed$|ing$/, '');
  if (stripped.length !== verb.length) {
    if (lexicon.words.verb.has(stripped)) return stripped;
    if (lexicon.words.verb.has(`${stripped}e`)) return `${stripped}e`;
  }
  return verb;
}

export function adjectiveLemma(adjective: string, lexicon: Lexicon = wordnetLexicon()): string {
  const irregular = lexicon.exceptions.adjective.get(adjective);
  if (irregular) return irregular;
  const stripped = adjective.replace(/est$|er$/, '');
  if (stripped.length === adjective.length) return adjective;
  if (lexicon.words.adjective.has(stripped)) return stripped;
  if (lexicon.words.adjective.has(`${stripped}e`)) return `${stripped}e`;
  return adjective;
}

/**
 * The dictionary form of an irregular verb or noun form ("fallen" → "fall", "spoke" → "speak", "mice"
 * → "mouse"), which a stemmer does not reach; null for any other word. Not adjectives: "smallest" is
 * no "small" to a question about the smallest thing.
 */
export function irregularLemma(word: string, lexicon: Lexicon = wordnetLexicon()): string | null {
  return lexicon.exceptions.verb.get(word) ?? lexicon.exceptions.noun.get(word) ?? null;
}

let irregularFormsOf: Map<string, string[]> | undefined;

/**
 * The irregular forms of a verb or noun in its dictionary form ("find" → "found", "speak" → "spoke",
 * "spoken"; "mouse" → "mice"): the other way round from `irregularLemma`. Empty for any other word.
 */
export function irregularForms(base: string): readonly string[] {
  if (!irregularFormsOf) {
    irregularFormsOf = new Map();
    const { exceptions } = wordnetLexicon();
    for (const table of [exceptions.verb, exceptions.noun]) {
      for (const [form, lemmaOf] of table) {
        const forms = irregularFormsOf.get(lemmaOf);
        if (forms) forms.push(form);
        else irregularFormsOf.set(lemmaOf, [form]);
      }
    }
  }
  return irregularFormsOf.get(base) ?? [];
}

/**
 * The regular forms of a verb in its dictionary form ("die" → "dies", "died", "dying"), for the few a
 * stemmer does not bring back to the verb's own stem ("died" → "di", "die" → "die"). Empty for a word
 * English has as no verb ("new" is no verb of "news").
 */
export function regularVerbForms(base: string, lexicon: Lexicon = wordnetLexicon()): readonly string[] {
  if (!lexicon.words.verb.has(base)) return [];
  const e = base.endsWith('e');
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : e ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [`${base}s`, e ? `${base}d` : `${base}ed`, ing];
}

/**
 * A word's dictionary form where the question's grammar says it is a verb's base form, as after "did"
 * and its subject: "what did she FOUND?" is the verb "found" (established), not "find"; elsewhere the
 * word's usual dictionary form (`lemma`).
 */
export function lemmaAsBaseVerb(word: string, lexicon: Lexicon = wordnetLexicon()): string {
  return lexicon.words.verb.has(word) ? word : lemma(word);
}

const cache = new Map<string, string>();

export function lemma(word: string): string {
  let l = cache.get(word);
  if (l === undefined) {
    const noun = nounLemma(word);
    const verb = verbLemma(word);
    l = noun !== word ? noun : verb !== word ? verb : adjectiveLemma(word);
    if (cache.size < 100_000) cache.set(word, l);
  }
  return l;
}
