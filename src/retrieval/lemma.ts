/**
 * Dictionary forms of words (WordNet's exceptions and rules through wink-lemmatizer): "dying" →
 * "die", "deaths" → "death", "was" → "be". Unlike a stem, a lemma never joins words of different
 * meaning ("universe" and "university" share the stem "univers", not a lemma). Pure.
 */
import lemmatizer from 'wink-lemmatizer';

const cache = new Map<string, string>();

export function lemma(word: string): string {
  let l = cache.get(word);
  if (l === undefined) {
    const noun = lemmatizer.noun(word);
    const verb = lemmatizer.verb(word);
    l = noun !== word ? noun : verb !== word ? verb : lemmatizer.adjective(word);
    if (cache.size < 100_000) cache.set(word, l);
  }
  return l;
}
