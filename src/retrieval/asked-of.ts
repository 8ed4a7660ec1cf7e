/**
 * Words that say what a question asks of a thing rather than name the thing: a stand ("Sheinbaum's
 * POSITION on intervention"), an aspect ("the OUTCOME of the call", "Mexico's ROLE"), a sort ("what
 * TYPE of aid"), what is wanted of it ("the NAME of the secretary", "LIST the metrics"). A report
 * tells these without naming them (it quotes what was said, "The call concluded with an
 * agreement…"), so each stage reads them as such: the answer type takes a stand's word out of the
 * question's topic (answer-type.ts), the reading of a question does not search an aspect word the
 * coverage never uses (question.ts), and the decision counts no sort or request as a thing asked
 * about (answerability.ts). Pure.
 */
import { isStopWord } from '../index/terms.ts';

// "What is Sheinbaum's position on intervention?", "their view?": whose statements are asked for, and on what.
const STANCE_WORD = '(?:position|stance|view|views|opinion|opinions|take|thoughts|reaction|response)';
const STANCE = new RegExp(`(?<=(?:['’]s|s['’]|\\bhis|\\bher|\\btheir|\\bits)\\s+)${STANCE_WORD}(?=\\s+(?:on|about|regarding|to|towards?)\\b|\\W*$)`, 'gi');
// "Her exact words", "in his own words": a quotation is asked for, which the passages are.
const OWN_WORDS = /\b(?:exact|own|actual|very) words\b/gi;
// "What did Sheinbaum tell reporters?", "what did he say to the press": whom it was said to is where a
// report heard it, which it writes once if at all ("…stated during a briefing"): what was said is asked.
const TOLD_PRESS = /(?<=\b(?:tell|tells|told|telling|say|says|said|saying)\s+(?:to\s+)?(?:the\s+)?)(?:reporters|journalists|press|media)\b/gi;
// A chat's possessive without its apostrophe ("whats sheinbaums position"), last in the question only.
const STANCE_UNMARKED = new RegExp(`\\b(\\p{L}+s)\\s+${STANCE_WORD}(?=\\W*$)`, 'giu');
// An owner named before the word, as news names a country's or a party's stand: "the US position",
// "the Mexican stance on troops", "the White House response" (capitalised, or a chat's "us").
const STANCE_OF_NAMED = new RegExp(`(?<=\\b[Tt]he\\s+(?:(?:\\p{Lu}[\\p{L}.-]*|us)\\s+){1,2})${STANCE_WORD}(?=\\s+(?:on|about|regarding|to|towards?)\\b|\\W*$)`, 'gu');

/** The text without the word for a stand it asks of someone ("Mexico's POSITION on…") or for their words. */
export function withoutStance(text: string): string {
  return text
    .replace(STANCE, ' ')
    .replace(STANCE_OF_NAMED, ' ')
    .replace(OWN_WORDS, ' ')
    .replace(TOLD_PRESS, ' ')
    .replace(STANCE_UNMARKED, (whole, owner: string) => (isStopWord(owner.toLowerCase()) ? whole : owner));
}

// What a question asks of a thing, which a report tells without naming it ("a critical economic partner").
const ASPECTS = new Set(
  (
    'outcome outcomes upshot result results purpose purposes goal goals aim aims objective objectives topic topics ' +
    'subject subjects gist substance content contents significance importance consequence consequences ' +
    'tone mood nature point points focus highlights role roles job jobs occupation profession title post ' +
    'reaction reactions response responses relationship relationships relations status details implications impact ' +
    // What someone means to do, or why: a report tells the steps and the words ("agreed to continue…").
    'plan plans strategy strategies approach agenda intention intentions motive motives reason reasons rationale ' +
    'demand demands concern concerns priority priorities message ' +
    // What came before: a report tells it ("…was initiated after a week of heightened rhetoric").
    'background context backstory'
  ).split(' '),
);
// "The outcome OF the call", "the reaction IN Mexico", "the relationship BETWEEN the two countries",
// "what's the relationship LIKE".
const OF = new Set(['of', 'in', 'from', 'to', 'for', 'between', 'with', 'on', 'like']);
// "Mexico's", "their": the owner of what is asked (words() leaves the "s" of a possessive).
const OWNERS = new Set(['s', 'his', 'her', 'their', 'its', 'our', 'your', 'my']);
// "What TOPICS were discussed?", "Which role…": the word only sorts what is asked, as "what TYPE of" does.
const ASKING = new Set(['what', 'which']);

/** Whether `word` (lower case, between the words before and after it) asks an aspect of a thing: "the OUTCOME of", "Mexico's ROLE", "what TOPICS". */
export function asksAspect(word: string, before: string | undefined, after: string | undefined): boolean {
  return ASPECTS.has(word) && (OF.has(after ?? '') || OWNERS.has(before ?? '') || ASKING.has(before ?? ''));
}

const CLASSIFIER = /\b(types?|kinds?|sorts?|forms?|categor(?:y|ies)|class(?:es)?|variet(?:y|ies)|manner)\s+of\b/gi;
// "the NAME of the secretary", "the minister's NAME", "LIST the metrics", "NAME the leaders".
const REQUESTED = [/\b(names?)\s+of\b/gi, /(?:['’]s|s['’]|\bhis|\bher|\btheir|\bits)\s+(names?)\W*$/gi, /^\s*(list|name)\b/gi];

/** Nouns that sort what the question asks about rather than name it ("what TYPE of movement", "which KIND of aid"), or say what is wanted of it ("the NAME of…"). */
export function classifiersIn(question: string): Set<string> {
  return new Set([CLASSIFIER, ...REQUESTED].flatMap((pattern) => [...question.matchAll(pattern)].map((m) => m[1]!.toLowerCase())));
}
