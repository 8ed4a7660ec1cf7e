/**
 * Chat spellings → the words they stand for, so that "whats", "wat" and "hed" are read as the
 * function words they are (and dropped as such), and "lol" as nothing. Only forms that are not
 * also ordinary English words ("shed", "wont", "ill" are left alone). Pure.
 */
import { mostOftenVerb } from '../lexicon/wordnet-lexicon.ts';

const CHAT: Record<string, string> = {
  whats: 'what is', wats: 'what is', wat: 'what', wut: 'what', wot: 'what', wht: 'what', wha: 'what',
  whos: 'who is', wheres: 'where is', whens: 'when is', whys: 'why is', hows: 'how is', whered: 'where did',
  wuz: 'was', hw: 'how', wen: 'when', wher: 'where', y: 'why', n: 'and', u: 'you', ya: 'you', ur: 'your', r: 'are', teh: 'the',
  im: 'i am', ive: 'i have', id: 'i would', hes: 'he is', hed: 'he had', shes: 'she is', theyre: 'they are', theyd: 'they had',
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', isnt: 'is not', wasnt: 'was not',
  arent: 'are not', werent: 'were not', wouldnt: 'would not', couldnt: 'could not', shouldnt: 'should not',
  havent: 'have not', hasnt: 'has not', hadnt: 'had not', aint: 'is not',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', kinda: 'kind of', sorta: 'sort of', dunno: 'do not know',
  cuz: 'because', coz: 'because', bc: 'because', abt: 'about', b4: 'before', thru: 'through', tho: 'though', w: 'with',
  pls: 'please', plz: 'please', thx: 'thanks', ty: 'thanks', ppl: 'people',
  // "gov" always: a coverage that has it has it from its links ("state.gov"), not as a word.
  gov: 'government', tmrw: 'tomorrow', tmr: 'tomorrow', yday: 'yesterday',
  lol: '', lmao: '', rofl: '', omg: '', btw: '', idk: '', tbh: '', imo: '', imho: '', fyi: '', ngl: '', hmm: '', hm: '', ok: '', okay: '',
  um: '', uh: '', yo: '', hey: '', hi: '', hello: '', bro: '', dude: '',
};

/**
 * Short and informal forms a chat writes for words ("what did the state dept say", "how many kids"): read as the word unless the
 * coverage itself writes the short form (a manual's "approx", a table's "yr").
 */
const SHORT_FORMS: Record<string, string> = {
  govt: 'government', prez: 'president', mins: 'minutes', hrs: 'hours', yrs: 'years', pres: 'president', dept: 'department', depts: 'departments', secy: 'secretary', intl: 'international', natl: 'national',
  univ: 'university', mgmt: 'management', amt: 'amount', approx: 'approximately', bn: 'billion', yr: 'year', wk: 'week', wks: 'weeks',
  convo: 'conversation', convos: 'conversations', info: 'information', tv: 'television', ppl: 'people',
  // Informal words for the ones news writes.
  kids: 'children', kid: 'child',
};

// What a message says before its question, to the bot rather than about anything: "thanks! and who…",
// "ok so when…", "wait so is…", "oh and who…", "hey bot, what…" (the greetings themselves are CHAT's).
// "Cool", "great", "nice" and "well" only with a stop after them: "Nice is a city", "well-known".
const LEADING_ASIDE = /^(?:(?:thanks|thank you|thx|ty|ok|okay|alright|so|and|wait|oh|ah|also|actually|sorry|yeah|quick question)(?![\p{L}\p{N}'’-])[\s,.!:;]*|(?:cool|great|nice|well)[,.!:;]+\s*)+(?=\p{L})/iu;
// The bot addressed by name, first or last: "bot, what did Rubio want?", "what did Rubio want, bot?".
const BOT_FIRST = /^@?(?:the )?bot(?:[,:!]\s*|\s+(?=(?:what|who|whom|when|where|why|how|which|is|are|was|were|did|do|does|can|could|will|would|tell|give|show)\b))(?=\p{L})/iu;
const BOT_LAST = /,\s*@?bot\s*([?!.]*)$/iu;

/**
 * "4" and "2" written for "for" and "to": only where no figure can stand — after a verb, and last or
 * before a word that begins what "for" or "to" governs ("wat did rubio ask 4?", "who did he talk 2
 * the day after"). "asked 4 questions", "the 2 leaders", "meet 2 or 3 times" keep their figures.
 */
const DIGIT_WORDS: Record<string, string> = { '4': 'for', '2': 'to' };
const GOVERNED = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'your', 'our', 'him', 'them', 'us', 'me', 'it', 'this', 'that', 'these', 'those']);
function digitWordsRead(text: string): string {
  return text.replace(/(?<=(\p{L}+)\s+)([42])(?![\p{L}\p{N}.,:/%-]\S)(?=\s*(?:[?!.]*\s*$|\s+(\p{L}+)))/gu, (digit, verb: string, _d, next: string | undefined) =>
    mostOftenVerb(verb.toLowerCase()) && (next === undefined || GOVERNED.has(next.toLowerCase())) ? DIGIT_WORDS[digit]! : digit,
  );
}

/**
 * The text with chat spellings (whole words, any case) replaced by the words they stand for, and
 * short forms too where `used` (whether the coverage writes a word) says the coverage does not write them.
 */
export function normaliseChat(text: string, used: (word: string) => boolean = () => false): string {
  return digitWordsRead(text.replace(/[’‘]/g, "'"))
    .replace(/(?<![\p{L}\p{N}])w\/(?=\s|\w)/giu, 'with ')
    // Letters on both sides, accented ones too: the "w" of "Kraków" is no chat "with".
    .replace(/(?<![\p{L}\p{N}])([A-Za-z0-9]+)(?![\p{L}\p{N}])(?![.'’]\w|\.\s*\p{Lu})/gu, (word: string, _w: string, at: number, whole: string) => {
      // Initials and abbreviations are names, not chat: "U.S.", "George W. Bush" (the lookahead
      // leaves a letter followed by a full stop and a capital or another letter).
      if (whole[at - 1] === '.') return word;
      const lower = word.toLowerCase();
      const full = CHAT[lower] ?? (SHORT_FORMS[lower] !== undefined && !used(lower) ? SHORT_FORMS[lower] : undefined);
      return full === undefined ? word : full;
    })
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(LEADING_ASIDE, '')
    .replace(BOT_FIRST, '')
    .replace(BOT_LAST, '$1');
}
