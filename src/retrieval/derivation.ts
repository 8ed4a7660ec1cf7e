/**
 * Verbs and nouns of one family by derivation, from WordNet (wordnet-derivations-data.ts): "seized"
 * is not "seizures" by its stem or its dictionary form, but it is the same thing said as a verb. A
 * question word the corpus never uses is read as such a relative the corpus does use, as a typo is
 * read as the word meant (question.ts); the coverage is then never said to "never mention" it. A
 * word is looked up as the verb or the noun it is a form of, never as an adjective: "longest" is not
 * the verb "long" (whose noun is "longing"). Names and their adjectives are one family too
 * (wordnet-demonyms-data.ts): "America" of an article that only writes "American President…". Pure.
 */
import { nounLemma, verbLemma } from '../lexicon/lemma.ts';
import { wordnetLexicon } from '../lexicon/wordnet-lexicon.ts';
import { pairs } from '../lexicon/wordnet-derivations-data.ts';
import { pairs as demonyms } from '../lexicon/wordnet-demonyms-data.ts';

type Relatives = Map<string, string[]>;
let families: { nounsOfVerb: Relatives; verbsOfNoun: Relatives; namesOfAdjective: Relatives; adjectivesOfName: Relatives } | null = null;

/** Both directions of a list of pairs, one pair per line. */
function pairMaps(lines: string, forward: Relatives, backward: Relatives): void {
  for (const line of lines.split('\n')) {
    const [a, b] = line.split(' ');
    if (!a || !b) continue;
    forward.set(a, [...(forward.get(a) ?? []), b]);
    backward.set(b, [...(backward.get(b) ?? []), a]);
  }
}

function familyMaps() {
  if (!families) {
    families = { nounsOfVerb: new Map(), verbsOfNoun: new Map(), namesOfAdjective: new Map(), adjectivesOfName: new Map() };
    pairMaps(pairs, families.nounsOfVerb, families.verbsOfNoun);
    pairMaps(demonyms, families.namesOfAdjective, families.adjectivesOfName);
  }
  return families;
}

/** The dictionary forms of the other part of speech in the word's family: "seized" → "seizure", "seizer"; "deaths" → "die"; "America" → "American". */
export function derivationalRelatives(word: string): string[] {
  const lexicon = wordnetLexicon();
  const { nounsOfVerb, verbsOfNoun, namesOfAdjective, adjectivesOfName } = familyMaps();
  const out = new Set<string>();
  for (const relative of [...(namesOfAdjective.get(word) ?? []), ...(adjectivesOfName.get(word) ?? [])]) out.add(relative);
  const verb = verbLemma(word, lexicon);
  if (lexicon.words.verb.has(verb)) for (const n of nounsOfVerb.get(verb) ?? []) out.add(n);
  const noun = nounLemma(word, lexicon);
  if (lexicon.words.noun.has(noun)) for (const v of verbsOfNoun.get(noun) ?? []) out.add(v);
  return [...out];
}

/** The name a name's adjective is of ("mexican" → "mexico"), the first WordNet gives; undefined for any other word. */
export function nameOfAdjective(word: string): string | undefined {
  return familyMaps().namesOfAdjective.get(word.toLowerCase())?.[0];
}

/** Every name's adjective WordNet gives, with the names it is of ("mexican" → "mexico"), in its order. */
export function nameAdjectives(): ReadonlyMap<string, readonly string[]> {
  return familyMaps().namesOfAdjective;
}

/** Whether the word is the adjective of a name ("mexican", "american"): a title's first word in "Mexican President Claudia Sheinbaum". */
export function isNameAdjective(word: string): boolean {
  return familyMaps().namesOfAdjective.has(word.toLowerCase());
}

/** Whether the word is a name with an adjective of its own ("mexico" → "mexican"): a place. */
export function hasNameAdjective(word: string): boolean {
  return familyMaps().adjectivesOfName.has(word.toLowerCase());
}

/** A place's name and its adjective, each for the other ("mexican" → "mexico", "france" → "french"); none for any other word. */
export function demonymRelatives(word: string): string[] {
  const { namesOfAdjective, adjectivesOfName } = familyMaps();
  const key = word.toLowerCase();
  return [...(namesOfAdjective.get(key) ?? []), ...(adjectivesOfName.get(key) ?? [])];
}
