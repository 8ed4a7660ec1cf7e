/**
 * A noun the corpus never uses, read as the one particular kind of it the corpus does name: WordNet's
 * nouns whose hypernyms (wordnet-hypernyms-data.ts) hold it, "What AWARD did she get?" of an obituary
 * saying "she received the state's MEDAL of Service". Members ask with the general word for what
 * the coverage names in particular. The other way round from hypernym.ts, and only when the reading
 * is sure:
 * - the word is most often a noun, and names no kind of person ("Who is the official?" asks for that
 *   one, not for whichever kind of official the coverage names);
 * - it has few kinds (`MAX_KINDS`): of a broad word ("animal", "thing") one kind the coverage names
 *   says nothing of which the member meant;
 * - the question asks which one ("WHAT award…", "which proclamation…"): an attribute it asks about
 *   ("what AMOUNT", "the SIZE of") is no thing the coverage names a kind of (question.ts decides);
 * - the kind is one in its first sense (the one meant when nothing says otherwise), and rarer in
 *   English than the word: the particular thing news names ("medal", "edict"), not a broader or
 *   everyday word ("number" of "amount");
 * - the corpus writes the kind in a name, as news names the particular one ("the Medal of Service",
 *   "the Edict of Nantes"); a common noun ("space" of "area", "large" of "size") is no answer to which;
 * - the corpus writes exactly one of its kinds as a noun, meeting another of the question's words
 *   where the question has any (words-apart.ts): of two ("medal", "prize"), which was meant is a guess.
 * Pure.
 */
import { stem } from '../index/terms.ts';
import { englishSpecificity } from './english-frequency.ts';
import { nounLemma } from '../lexicon/lemma.ts';
import type { Vocabulary } from './spelling.ts';
import { mostOftenNoun } from '../lexicon/wordnet-lexicon.ts';
import { namesPerson } from '../lexicon/person-kinds.ts';
import { hypernymGroups } from './hypernym.ts';

/** A word with more kinds than this is too broad to be read as one of them. */
const MAX_KINDS = 60;

let kindsOf: Map<string, string[]> | undefined;

/**
 * The nouns whose first sense's hypernyms hold the noun: "medal" (an award), not "defense" of "team"
 * (a team defending is a rare sense of "defense"), nor "action" of "plot".
 */
function kinds(noun: string): readonly string[] {
  if (!kindsOf) {
    kindsOf = new Map();
    for (const [kind, [first = ''] = []] of hypernymGroups()) {
      for (const general of new Set(first.split(','))) {
        const list = kindsOf.get(general);
        if (list) list.push(kind);
        else kindsOf.set(general, [kind]);
      }
    }
  }
  return kindsOf.get(noun) ?? [];
}

/** The corpus term to read the noun as (the one kind of it the corpus names), or null. */
export function corpusHyponym(
  word: string,
  vocabulary: Pick<Vocabulary, 'frequency' | 'meets' | 'writesNoun' | 'writesAsName'>,
  /** The question's other words' terms that the corpus holds. */
  others: readonly string[],
): string | null {
  const noun = nounLemma(word);
  if (!mostOftenNoun(noun) || namesPerson(noun) || vocabulary.meets === undefined || vocabulary.writesNoun === undefined || vocabulary.writesAsName === undefined) return null;
  const all = kinds(noun);
  if (all.length > MAX_KINDS) return null;
  const meetsOther = (term: string) => others.length === 0 || others.some((o) => o !== term && vocabulary.meets!(term, o));
  const own = englishSpecificity(noun, word);
  const particular = all.filter((k) => englishSpecificity(k) > own);
  const named = new Set(particular.map((k) => stem(k)).filter((t) => vocabulary.frequency(t) > 0 && vocabulary.writesAsName!(t)));
  const written = [...named].filter((t) => particular.some((k) => stem(k) === t && vocabulary.writesNoun!(k)) && meetsOther(t));
  return written.length === 1 ? written[0]! : null;
}
