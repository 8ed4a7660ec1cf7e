/**
 * "Who is Sheinbaum?": a question asking who someone the coverage names is. News, like an
 * encyclopedia, says who a person is where it first names them ("Mexican President Claudia
 * Sheinbaum has…") and writes the surname alone after that; so the first sentence of the document
 * that names them answers, whichever later one shares more words with the question. Pure.
 */
import { isSearchable, type SearchIndex } from '../index/search-index.ts';
import type { SentenceRecord } from '../index/sentence-record.ts';
import { isStopWord, terms, typedTokens } from '../index/terms.ts';
import type { Ranked } from './fuse.ts';
import { titleKey, titleTokens } from './title-alias.ts';
import { hasNameAdjective } from './derivation.ts';

const WHO_IS = /^\s*who(?:['’]s|\s+(?:is|was|are|were))\s+(.+?)[\s?!.]*$/i;
// "What is Rubio's job?", "What does Rubio do?": the title news gives a person where it first names them.
const WHAT_JOB = /^\s*what(?:['’]s|\s+(?:is|was))\s+(.+?)['’]s?\s+(?:job|role|title|position|occupation|profession|post)[\s?!.]*$|^\s*what\s+(?:does|did)\s+(.+?)\s+do(?:\s+for\s+a\s+living)?[\s?!.]*$/i;
const BARE_NAME = /^\s*(\p{Lu}[\p{L}\s'’-]*?)[\s?!.]*$/u;
// Lower-case words inside names that are also English function words.
const PARTICLES = new Set(['de', 'la', 'van', 'von', 'del', 'da', 'di', 'du', 'le', 'bin', 'al']);
/** The longest lower-case word inside a name ("de", "la", "van", "von", "bin", "del"). */
const MAX_PARTICLE = 3;

/**
 * The index terms of the name a "Who is …?" question, "What is …'s job?", or a name alone asks about; null when it asks something else
 * ("Who is the president of Mexico?", "Who was Robert's son?"). The question is read with the
 * corpus's capitals (corpus-names.ts), so a name typed in lower case counts; a lower-case word
 * between two names is part of the name ("Juan Ramon de la Fuente").
 */
export function identityName(question: string): string[] | null {
  // A name alone asks the same: "Rubio?", or what "Tell me about Rubio" searches for ("What is Sheinbaum?" is no name).
  const bare = BARE_NAME.exec(question)?.[1];
  const job = WHAT_JOB.exec(question);
  const asked = WHO_IS.exec(question)?.[1] ?? job?.[1] ?? job?.[2] ?? (bare && !typedTokens(bare).some((t) => isStopWord(t.toLowerCase()) && !PARTICLES.has(t)) ? bare : undefined);
  if (!asked) return null;
  const tokens = typedTokens(asked);
  const capitalised = tokens.map((t) => /^\p{Lu}/u.test(t));
  if (tokens.length === 0 || !capitalised[0] || !capitalised[tokens.length - 1]) return null;
  // Between names, only a particle ("de", "la", "van", "bin"): "Who is Sheinbaum talking to Trump?" asks something else.
  if (tokens.some((t, i) => /['’]s$/u.test(t) || (!capitalised[i] && t.length > MAX_PARTICLE))) return null;
  const name = terms(asked);
  return name.length > 0 ? name : null;
}

/**
 * The ranking with the first sentence naming the person — in the document of the best candidate
 * that names them — first; unchanged when that sentence is first already or was not among the
 * candidates (its features are measured only there).
 */
export function firstMentionFirst(index: SearchIndex, ranked: readonly Ranked[], name: readonly string[]): readonly Ranked[] {
  const names = (slot: number) => {
    const held = new Set(index.record(slot)?.terms.split(' '));
    return name.every((t) => held.has(t));
  };
  const best = ranked.find((r) => names(r.slot));
  if (!best) return ranked;
  // The document's sentences holding the name, read off the index's postings of one of its words.
  const doc = index.record(best.slot)!.docId;
  let first: SentenceRecord | undefined;
  for (const slot of index.lexical.postingSlots(name[0]!)) {
    const s = index.record(slot);
    if (!s || s.docId !== doc || !isSearchable(s) || (first && first.index <= s.index) || !names(slot) || !namesThePerson(s.text, name)) continue;
    first = s;
  }
  const at = first ? ranked.findIndex((r) => r.slot === first!.slot) : -1;
  if (at <= 0) return ranked;
  const moved = { ...ranked[at]!, score: Math.max(ranked[at]!.score, ranked[0]!.score) };
  return [moved, ...ranked.slice(0, at), ...ranked.slice(at + 1)];
}

/**
 * Whether a sentence names the person itself, not a thing named after them: the name's last word
 * not followed by another capitalised one ("the International Frédéric Chopin Piano Competition").
 */
export function namesThePerson(sentence: string, name: readonly string[]): boolean {
  const last = name[name.length - 1];
  const tokens = typedTokens(sentence);
  return tokens.some((t, i) => terms(t)[0] === last && !/^\p{Lu}/u.test(tokens[i + 1] ?? ''));
}

/**
 * The role a "Who is the …?" question asks the holder of, as the title forms to find in a sentence,
 * each a list of word keys (`titleKey`) in order: "the Mexican president" → mexico president; "the
 * secretary of state" → secretary of state. A role owned by a name is also looked for as news writes
 * it, the owner's adjective first: "the president of Mexico" and "Mexico's president" are titled
 * "Mexican President Claudia Sheinbaum", "the US president" "American President Donald Trump". Null
 * when it asks something else (a name, or more than a role: "Who is the president talking to?").
 */
export function askedRole(question: string): string[][] | null {
  const asked = WHO_IS.exec(question)?.[1];
  if (!asked) return null;
  const owned = OWNER_ROLE.exec(asked);
  const owner = owned && (owned[2] ? owned[1] : placeTypedWithoutApostrophe(owned[1]!));
  const role = owner ? `${owner} ${owned![3]}` : ARTICLE_ROLE.exec(asked)?.[1];
  if (!role) return null;
  const keys = typedTokens(role).map(titleKey).filter(Boolean);
  if (keys.length === 0 || keys.length > MAX_ROLE_WORDS) return null;
  const of = keys.indexOf('of');
  // "the president of Mexico": the owner, one word, before the title.
  const ownerFirst = of > 0 && of === keys.length - 2 ? [[keys[of + 1]!, ...keys.slice(0, of)]] : [];
  return [keys, ...ownerFirst];
}

const ARTICLE_ROLE = /^(?:the|a|an)\s+([\p{L}\s.'’-]+)$/iu;
// "Mexico's president": a capitalised owner (the question is read with the corpus's capitals).
const OWNER_ROLE = /^(?:the\s+)?(\p{Lu}[\p{L}.]*?)(['’]s?)?\s+([\p{L}\s.'’-]+)$/u;

/** "Mexicos" of "who is mexicos president", typed without its apostrophe: the place's name ("Mexico"); null for any other word ("Texas"). */
function placeTypedWithoutApostrophe(word: string): string | null {
  const name = word.endsWith('s') ? word.slice(0, -1) : '';
  return name && hasNameAdjective(name) ? name : null;
}

/** The longest role asked about ("the U.S. secretary of state"). */
const MAX_ROLE_WORDS = 5;

/**
 * Whether the sentence names a role's holder: news writes the role as a title right before the name
 * ("Mexican President Claudia Sheinbaum", "Secretary of State Marco Rubio"), so the sentence holds one
 * of the role's forms (`askedRole`) in order and then a capitalised name, with only a space between
 * ("According to the Mexican president, Trump…" holds the role, not its holder).
 */
export function titlesHolder(sentence: string, forms: readonly (readonly string[])[]): boolean {
  const { keys, nameAfter } = titleTokens(sentence);
  return forms.some((wanted) => keys.some((_, i) => wanted.every((w, k) => keys[i + k] === w) && nameAfter(i + wanted.length - 1)));
}
