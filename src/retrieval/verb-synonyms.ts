/**
 * The synonyms of a verb's first sense in WordNet (wordnet-verb-synonyms-data.ts): "speak" → "talk",
 * "utter"…; "phone" → "call", "telephone"…. One-word lemmas, the verb itself left out. Pure.
 */
import { lazyListsByWord } from '../lexicon/word-lists.ts';
import { verbSynonyms } from '../lexicon/wordnet-verb-synonyms-data.ts';

const table = lazyListsByWord(verbSynonyms);

/** The synonyms of the verb's (a dictionary form, lower case) first sense; none for a word WordNet has no verb of. */
export function firstSenseSynonyms(verb: string): readonly string[] {
  return table().get(verb) ?? [];
}
