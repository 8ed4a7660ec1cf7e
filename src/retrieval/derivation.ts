/**
 * Verbs and nouns of one family by derivation, from WordNet (wordnet-derivations-data.ts): "seized"
 * is not "seizures" by its stem or its dictionary form, but it is the same thing said as a verb. A
 * question word the corpus never uses is read as such a relative the corpus does use, as a typo is
 * read as the word meant (question.ts); the coverage is then never said to "never mention" it. A
 * word is looked up as the verb or the noun it is a form of, never as an adjective: "longest" is not
 * the verb "long" (whose noun is "longing"). Pure.
 */
import { nounLemma, verbLemma } from './lemma.ts';
import { wordnetLexicon } from './wordnet-lexicon.ts';
import { pairs } from './wordnet-derivations-data.ts';

let families: { nounsOfVerb: Map<string, string[]>; verbsOfNoun: Map<string, string[]> } | null = null;

function familyMaps() {
  if (!families) {
    families = { nounsOfVerb: new Map(), verbsOfNoun: new Map() };
    for (const line of pairs.split('\n')) {
      const [verb, noun] = line.split(' ');
      if (!verb || !noun) continue;
      families.nounsOfVerb.set(verb, [...(families.nounsOfVerb.get(verb) ?? []), noun]);
      families.verbsOfNoun.set(noun, [...(families.verbsOfNoun.get(noun) ?? []), verb]);
    }
  }
  return families;
}

/** The dictionary forms of the other part of speech in the word's family: "seized" → "seizure", "seizer"; "deaths" → "die". */
export function derivationalRelatives(word: string): string[] {
  const lexicon = wordnetLexicon();
  const { nounsOfVerb, verbsOfNoun } = familyMaps();
  const out = new Set<string>();
  const verb = verbLemma(word, lexicon);
  if (lexicon.words.verb.has(verb)) for (const n of nounsOfVerb.get(verb) ?? []) out.add(n);
  const noun = nounLemma(word, lexicon);
  if (lexicon.words.noun.has(noun)) for (const v of verbsOfNoun.get(noun) ?? []) out.add(v);
  return [...out];
}
