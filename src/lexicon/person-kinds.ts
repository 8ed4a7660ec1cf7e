/**
 * Which words may stand for a word naming a person. Embeddings put such a word beside the other
 * kinds of person ("ambassador" / "secretary", "husband" / "brother", "mayor" / "president": cosine
 * 0.6–0.8 in the offline model, as close as "murders" / "homicide") and beside the things around it
 * ("ambassador" / "foreign"), but neither says it: the secretary of state is not the ambassador.
 * Only a noun naming the same kind of person, or a kind of it, or one it is a kind of ("president" /
 * "leader", "murderer" / "killer"), does, or a verb, or a noun that may name them as a group
 * ("troops"). A noun names a person when its first sense in WordNet does (wordnet-persons-data.ts). Pure.
 */
import { mostOftenNoun, mostOftenVerb } from './wordnet-lexicon.ts';
import { lazyListsByWord } from './word-lists.ts';
import { personParents, persons } from './wordnet-persons-data.ts';

const sensesOf = lazyListsByWord(persons);
const parentsOf = lazyListsByWord(personParents);
const above = new Map<string, ReadonlySet<string>>();

/** A sense and every sense above it. */
function withAncestors(sense: string): ReadonlySet<string> {
  let found = above.get(sense);
  if (!found) {
    const all = new Set<string>([sense]);
    for (const parent of parentsOf().get(sense) ?? []) for (const s of withAncestors(parent)) all.add(s);
    above.set(sense, (found = all));
  }
  return found;
}

/** Whether one of `a`'s senses is one of `b`'s or is above it. */
function isKindOf(b: readonly string[], a: readonly string[]): boolean {
  return b.some((sense) => a.some((other) => withAncestors(sense).has(other)));
}

/** Whether the two words (dictionary forms, lower case) name different kinds of person, neither a kind of the other. */
export function otherKindOfPerson(a: string, b: string): boolean {
  if (a === b) return false;
  const sa = sensesOf().get(a);
  const sb = sensesOf().get(b);
  if (!sa || !sb) return false;
  return !isKindOf(sa, sb) && !isKindOf(sb, sa);
}

/** Whether the noun (a dictionary form, lower case) names a person by its first sense. */
export function namesPerson(word: string): boolean {
  return sensesOf().has(word);
}

/**
 * For a question's word naming a person, which words of a text cannot stand for it, however close
 * their vectors: another kind of person, or a word describing what is around one ("foreign" for
 * "ambassador"). A verb may: what the person does says who they are ("married" for "husband",
 * "founded" for "founder"); so may a noun naming no person, which may name them as a group. Null
 * when the question's word names no person: any word may then stand for it. Asked once per question
 * word, then once per word of each text.
 */
export function cannotStandForPerson(questionWord: { word: string; lemma: string }): ((textWord: string) => boolean) | null {
  const { word, lemma } = questionWord;
  // As written: "natural" and "native" are seldom nouns, and "masterminded" is none, though their nouns name persons.
  const written = word.toLowerCase();
  const verbForm = written !== lemma && /(?:ed|ing)$/.test(written);
  if (!namesPerson(lemma) || verbForm || !mostOftenNoun(written)) return null;
  return (textWord) => {
    if (textWord === lemma) return false;
    if (namesPerson(textWord) && mostOftenNoun(textWord)) return otherKindOfPerson(lemma, textWord);
    // A noun may name them as a group ("troops" for "soldiers"), a verb by what they do; a word
    // describing something ("foreign" for "ambassador") is only found around them.
    return !mostOftenNoun(textWord) && !mostOftenVerb(textWord);
  };
}
