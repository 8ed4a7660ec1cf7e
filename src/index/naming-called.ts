/**
 * "Called" that names a thing ("a process called chemotaxis", "the so-called four freedoms", "it was
 * initially called New College") says no more than "known as": it is a function word there. Stemmed,
 * it was the term of "call", so in a corpus of encyclopedia articles, where it names things in every
 * other paragraph, "Who started the call?" and "How did the call end?" found those sentences instead
 * of the report on a phone call. Read on the text as written: a capital and a comma tell the uses
 * apart. Pure.
 */
import { namesPerson } from '../lexicon/person-kinds.ts';
import { nounLemma } from '../lexicon/lemma.ts';

// Words after which "called" names: a form of "be", "so(-)", "also", the adverbs of naming.
const NAMING_AFTER =
  'so|also|is|are|was|were|be|been|being|often|usually|commonly|simply|now|initially|originally|formerly|sometimes|generally|collectively|officially|locally|popularly|informally|formally|properly|aptly|thus|hence';
// "called for a retreat", "called on", "called him back", "called into question", "be called to the front",
// "the election was called after…", "a meeting was called.": other verbs. A name follows the naming one.
const NOT_NAMING_BEFORE =
  'for|on|upon|off|back|in|into|up|out|to|at|by|over|after|before|during|with|from|of|about|when|because|since|and|or|but|than|that|which|while|until|then|him|her|them|me|us|you|his|their|my|our|your|its|each|one|another|again';
// A word of no content before "called" makes it the verb of a clause ("she called", "and called", "had called").
const CLAUSE_WORDS = new Set(
  'and or but nor then who which that had has have having he she they we you it i not never just once twice later first last still already again ever even only soon when while after before since until as if'.split(' '),
);

const CALLED = new RegExp(`(?:\\b(${NAMING_AFTER})[\\s-]+|(,)\\s*|\\b(\\p{Ll}{3,})\\s+)called\\b(?!\\s+(?:${NOT_NAMING_BEFORE})\\b|\\s*[.,;:!)]|\\s*$)`, 'gu');

/**
 * `text` with each "called" that names a thing written "as" (a function word, as in "known as").
 * After a lower-case word, only that word's naming no person: "a firm called Pulsar Ltd" names, "the
 * president called the Mexican leader" phones; after a capital it is a verb ("Trump called", "the
 * French called Carillon" is read as one too: the rare loss is one term).
 */
export function namingCalledAsFunctionWord(text: string): string {
  if (!text.includes('called')) return text;
  return text.replace(CALLED, (match: string, naming: string | undefined, comma: string | undefined, before: string | undefined) => {
    if (naming === undefined && comma === undefined) {
      if (before === undefined || CLAUSE_WORDS.has(before) || /ly$/.test(before) || namesPerson(nounLemma(before))) return match;
    }
    return `${match.slice(0, match.length - 'called'.length)}as`;
  });
}
