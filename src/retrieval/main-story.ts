/**
 * "When did they talk?", "How long did they talk?", asked on their own: a question that asks for a
 * date, a weekday or a duration of people it names only by a pronoun, and names no thing of its own.
 * Searched alone, its one verb finds whatever sentence holds it ("…during their talk…"); a member
 * means the people of the story the coverage tells.
 * Such a question is read as a follow-up of the names the latest story's lead gives ("Claudia
 * Sheinbaum and Donald Trump"), and the answer says so. Open questions ("What did he offer?") are
 * left alone: read with the lead's names, every one of them found the lead sentence, which holds
 * them all. Pure, given the index.
 */
import type { ManifestDocument } from '../index/manifest.ts';
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import { stem, typedTokens, words } from '../index/terms.ts';
import type { WordRead } from '../engine/types.ts';
import { namesIn } from '../answer/suggestions.ts';
import { preciseKind } from './answer-type.ts';
import { wordWrittenAsName } from './corpus-names.ts';
import { overviewOrder } from './lead-passages.ts';
import { memoPerIndex } from './per-index-memo.ts';
import type { Question } from './question.ts';
import { verbLemma } from '../lexicon/lemma.ts';
import { escapeRegExp } from './escape-regexp.ts';
import type { Vocabulary } from './spelling.ts';
import { firstSenseSynonyms } from './verb-synonyms.ts';
import { mostOftenNoun } from '../lexicon/wordnet-lexicon.ts';

const PERSONAL = new Set(['he', 'she', 'they', 'him', 'her', 'them']);
/** The kinds a story's lead or its next sentences state of its event. */
const STORY_KINDS = new Set(['date', 'time', 'weekday', 'duration']);

/**
 * Whether the question is one asked of the story, and how its words are read: null when it is not;
 * none when every word of it is the coverage's own ("How long did they talk?"); else its verbs the
 * coverage never uses, each read as the synonym of its first sense in WordNet that the coverage uses
 * most ("When did they speak?" → "talk", "When did they phone?" → "call"; verb-synonyms.ts).
 * It asks a date, a weekday or a duration of "he", "she" or "they" and names nothing else: no name
 * (`isName`, or a capital as typed) and no word English uses mostly as a noun. A verb with no such
 * synonym ("When did they marry?": the coverage says neither "wed" nor "espouse") makes it none: the
 * story's event may not be what is asked, and the coverage says it never mentions it.
 */
export function storyQuestion(q: Question, isName: (term: string) => boolean, vocabulary: Pick<Vocabulary, 'has' | 'frequency'>): WordRead[] | null {
  const kind = preciseKind(q.type);
  if (q.form !== 'question' || !kind || !STORY_KINDS.has(kind) || q.content.length === 0) return null;
  if (!words(q.text).some((w) => PERSONAL.has(w))) return null;
  const capitalised = new Set(typedTokens(q.text).slice(1).filter((t) => /^\p{Lu}/u.test(t)).flatMap((t) => words(t)));
  if (!q.content.every((c) => !isName(c.term) && !capitalised.has(c.word) && !mostOftenNoun(c.word.toLowerCase()))) return null;
  const reads: WordRead[] = [];
  for (const c of q.content.filter((c) => !c.known)) {
    let best: string | null = null;
    let bestFrequency = 0;
    for (const synonym of firstSenseSynonyms(verbLemma(c.word.toLowerCase()))) {
      const frequency = vocabulary.has(stem(synonym)) ? vocabulary.frequency(stem(synonym)) : 0;
      if (frequency > bestFrequency) (best = synonym), (bestFrequency = frequency);
    }
    if (!best) return null;
    reads.push({ typed: c.word, read: best });
  }
  return reads;
}

/** The text with each word read as another (whole words, as typed in any case). */
export function withWordsRead(text: string, reads: readonly WordRead[]): string {
  let out = text;
  for (const r of reads) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(r.typed)}(?![\\p{L}\\p{N}])`, 'giu'), r.read);
  return out;
}

/**
 * The people the latest story's lead names, as a reader calls them ("Claudia Sheinbaum", "Donald
 * Trump"; `personNamed`): the first sentence of the newest document. None when which story is the
 * latest cannot be told (several documents, the two newest with the same date or none).
 */
export function storyPeople(index: SearchIndex): readonly string[] {
  return peopleOf(index, '');
}

const peopleOf = memoPerIndex((index: SearchIndex): readonly string[] => {
  const latest = latestStory(index.manifest.documents);
  if (!latest) return [];
  const lead = index.documentSentences(latest.docId).find((s) => isSearchable(s) && s.kind !== 'heading');
  if (!lead) return [];
  const asName = (word: string) => wordWrittenAsName(index, word);
  const people = namesIn(lead.text).map((n) => personNamed(n, asName)).filter((n): n is string => n !== null);
  return [...new Set(people)];
}, 1);

const PARTICLE = /^(?:de|la|del|van|von|da|di|bin)$/;

/**
 * The person a run of capitalised words names, without the title and place before it: the words
 * from the end back to the first one the coverage does not write as a name ("Chihuahua Governor
 * Maru Campos" → "Maru Campos", "Mexican President Claudia Sheinbaum" → "Claudia Sheinbaum"; "de" and
 * "la" inside a name are kept). Null when fewer than two words are left: a place or a title alone.
 */
export function personNamed(run: string, asName: (word: string) => boolean): string | null {
  const parts = run.split(/\s+/);
  let start = parts.length;
  while (start > 0 && (asName(parts[start - 1]!) || (PARTICLE.test(parts[start - 1]!) && start < parts.length))) start--;
  while (start < parts.length && PARTICLE.test(parts[start]!)) start++;
  const name = parts.slice(start);
  return name.length >= 2 ? name.join(' ') : null;
}

/** The newest document, when it can be told: the only one, or one dated after every other. */
export function latestStory(documents: readonly ManifestDocument[]): ManifestDocument | null {
  if (documents.length === 1) return documents[0]!;
  const [newest, next] = overviewOrder(documents);
  const date = newest?.meta.date;
  return date && date > (next?.meta.date ?? '') ? newest! : null;
}
