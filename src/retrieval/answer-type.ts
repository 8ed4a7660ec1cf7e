/**
 * What kind of thing a question asks for (a date, a number, a duration, a person or place), and
 * whether a sentence holds such a thing that the question does not already name. Classic
 * question-answering evidence that neither BM25 nor a bag-of-words embedding sees.
 */
import { statesToCheck, withoutCheckTag } from './check-question.ts';
import { givenKindOf, type GivenKind, type NotGivenKind } from '../engine/types.ts';
import { isStopWord, stem, words } from '../index/terms.ts';
import { lemma, nounLemma } from '../lexicon/lemma.ts';
import { mostOftenVerb, namesExtent } from '../lexicon/wordnet-lexicon.ts';
import { withoutStance } from './asked-of.ts';
import { nameAdjectives } from './derivation.ts';
import { asksLaterInstance, mayBeLater } from './later-instance.ts';

export type AnswerType = 'date' | 'time' | 'weekday' | 'duration' | 'age' | 'number' | 'money' | 'person' | 'place' | 'nationality' | 'reason' | 'meaning' | null;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)';
// Words that may follow a year in running text, where a count would be followed by what it counts.
const YEAR_FOLLOWER = '(?:and|or|to|as|when|the|a|an|he|she|it|they|after|before|until|with|by|at|on|in|during|under|his|her|their|its|was|were|is|had|which|who|that|while)';
const SMALL_NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';

// A time of day: by the clock ("3 p.m.", "10:30", "noon") or a part of the day ("on Monday morning").
const CLOCK = '\\b\\d{1,2}(?::[0-5]\\d)?\\s?(?:[ap]\\.m\\.|[ap]m\\b)|\\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b|\\b(?:noon|midnight)\\b';

/** WordNet's adjectives of names, capitalised, but not a faith's or a doctrine's ("Catholic" of "catholicism", "Islamic"). */
function nationalityAdjectives(): string[] {
  return [...nameAdjectives()]
    .filter(([adjective, names]) => /^[a-z]+$/.test(adjective) && names.some((name) => !/(?:ism|ity)$/.test(name)))
    .map(([adjective]) => adjective[0]!.toUpperCase() + adjective.slice(1));
}
let nationality: RegExp | null = null;
/**
 * A nationality is written as a name's adjective, capitalised: "the Scottish engineer", "Greek
 * mathematician Hero". Built on the first question asking one (some 600 words, 19 ms), not at start.
 */
function nationalityPattern(): RegExp {
  return (nationality ??= new RegExp(`\\b(?:${nationalityAdjectives().join('|')})\\b`, 'g'));
}

const PATTERNS: Record<Exclude<AnswerType, null | 'nationality'>, RegExp> = {
  weekday: new RegExp(`\\b${WEEKDAY}s?\\b`, 'i'),
  time: new RegExp(`${CLOCK}|\\b(?:morning|afternoon|evening|night|overnight|dawn|dusk|midday)\\b|\\b(?:o'clock)\\b`, 'i'),
  age: new RegExp(
    [
      `\\b(?:\\d{1,3}|${SMALL_NUMBER})[\\s-]*(?:years?|yrs?|months?|weeks?|days?)[\\s-]*old\\b`,
      '\\baged?\\s+\\d{1,3}\\b',
      '\\b(?:at|by) (?:the )?age (?:of\\s+)?\\d{1,3}\\b',
      '\\b\\d{1,3} years of age\\b',
      '\\b\\d{1,3}(?:st|nd|rd|th) birthday\\b',
      '\\b(?:billion|million|thousand|hundred)s? (?:of )?years old\\b',
      // As an obituary gives it: "died at 84", "She was 84.".
      '\\b(?:died|dies|dead) at \\d{1,3}\\b',
      '\\b(?:he|she) was \\d{1,3}(?=\\s*(?:[.;]|$))',
      // As news gives a person's age, between commas after the name: "Lindqvist, 31, has…".
      '(?<=\\p{L}{2},\\s)(?:1[01]\\d|[1-9]?\\d)(?=,\\s+(?!\\d|and\\b|or\\b)\\p{Ll})',
    ].join('|'),
    'iu',
  ),
  reason: /\b(?:because|since|due to|owing to|thanks to|as a result|in order to|so that|so as to|reasons?|caused by|led to|therefore|thus|hence)\b/i,
  date: new RegExp(
    [
      `\\b(?:${MONTH}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH}|${WEEKDAY}|(?:1[0-9]|20)\\d{2}s?|${MONTH}\\b)`,
      // Centuries in digits or words, one or several ("the 10th and 11th centuries", "the eighteenth century").
      `\\b(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL})(?:\\s+(?:and|or|to)\\s+(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL}))?[\\s-]+centur(?:y|ies)\\b`,
      // Years of any length with their era ("430 BC", "AD 79").
      '\\b\\d{1,4}\\s*(?:BC|BCE|AD|CE)\\b|\\b(?:AD|CE)\\s*\\d{1,4}\\b',
      // A year before 1000 has no era when the text's own era is plain ("began in 911 as a fiefdom", "the
      // 880s"): a three-digit figure after a preposition of time with no unit after it, or a decade.
      `(?<=\\b(?:in|by|until|till|since|from|after|before|around|circa|c\\.)\\s+)[1-9]\\d{2}\\b(?=\\s*(?:[,.;:)–]|$)|\\s+(?:${YEAR_FOLLOWER})\\b)|\\b[1-9]\\d0s\\b`,
      // A time of day ("3 p.m.", "10:30", "noon").
      CLOCK,
      // A day said as news says it, from the day of the report ("will meet next week", "said last
      // year", "yesterday"); "today" is left out, an encyclopedia's "still used today".
      '\\b(?:(?:next|last|this|earlier this|later this)\\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)|yesterday|tomorrow)\\b',
    ].join('|'),
    'i',
  ),
  duration: new RegExp(
    [
      String.raw`\b\d+(?:[.,]\d+)?[\s-]*(?:second|minute|hour|day|week|month|year|decade|century|centuries)s?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|many)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?[\s-]+(?:second|minute|hour|day|week|month|year|decade)s?\b`,
      // A span said without its count: "within hours", "for weeks".
      '\\b(?:within|for|after|over|in) (?:a few |several )?(?:seconds|minutes|hours|days|weeks|months|years|decades)\\b',
      // "How long has it been…": since when ("since the 1950s", "since 1957").
      `\\bsince (?:the )?(?:(?:1[0-9]|20)\\d{2}s?|${MONTH}\\b|\\d{1,2}(?:st|nd|rd|th) century)`,
    ].join('|'),
    'i',
  ),
  // "No one died" answers "how many died" with "No one", not "one".
  number: /\b\d+(?:[.,]\d+)*\b|\b(?:no one|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?)\b/i,
  // "How much": an amount of money, or a share of something ("71%", "half as much", "fifty percent more").
  money: new RegExp(
    [
      '[$£€¥]\\s?\\d',
      '\\b\\d+(?:[.,]\\d+)*\\s*(?:%|(?:million|billion|percent)\\b)',
      // A currency, perhaps with its country ("200,000 Danish krone").
      '\\b\\d+(?:[.,]\\d+)*\\s+(?:[a-z]+\\s+)?(?:dollars|pounds|euros|francs|marks|krone|kroner|kronor|yen|yuan|rupees|pesos|lire)\\b',
      `\\b(?:${SMALL_NUMBER}|a hundred|hundreds|thousands|millions|billions)\\s+(?:percent|dollars|pounds|euros|million|billion)\\b`,
      '\\b(?:half|twice|double|triple|a third|a quarter) (?:as|the)\\b',
    ].join('|'),
    'i',
  ),
  // Two capitalised words ("Marco Rubio", "Conrad of Montferrat"), a title and a name, or one name
  // within a sentence ("…the Norse leader Rollo", "…owned by NDS"), in any script's capitals.
  person: /\b\p{Lu}\p{Ll}+(?:\s+(?:(?:de|la|van|von|del|da|of|the)\s+)?\p{Lu}\p{Ll}+)+|\b(?:King|Queen|Duke|President|Secretary|Minister|Pope|Emperor|Count|Lord|Sir|Saint)\s+\p{Lu}|(?<=\p{Ll},?\s)\p{Lu}[\p{L}-]{2,}/u,
  place: /\b(?:in|at|near)\s+(?:the\s+)?[A-Z][a-z]+/,
  // A gloss: a short quotation or parenthesis ("the Obersee (\"upper lake\")"), or the words after
  // "meaning", "literally", "translated as", "stands for", "known as".
  meaning: /\(\s*[^()\d][^()]{1,60}\)|["“‘][^"”’]{2,60}["”’]|\b(?:meaning|means|meant|literally|translated?(?:\s+(?:as|to|into))?|stands?\s+for|known\s+as)\s+["“‘']?\p{L}+/u,
};

const SUBORDINATE_THEN_QUESTION =
  /^(?:when|if|after|before|once|while)\b(?:[^,?]*,|(?!\s+(?:did|does|do|was|were|is|are|will|would|can|could|has|have|had|should|shall|may|might|must)\b)[^,?]*?\s)\s*((?:what|which|who|whom|whose|where|when|how|why)\b.*)$/;

export function expectedAnswerType(question: string): AnswerType {
  const q = question.toLowerCase().replace(/\s+/g, ' ').trim();
  // "When B cells begin to replicate, WHAT do…": a clause before the question word is no question;
  // nor, without the comma, one that does not invert its verb as a question does ("When the Rhine
  // emerges from Lake Constance WHICH way…", but "When was the treaty which…" asks when).
  const asked = SUBORDINATE_THEN_QUESTION.exec(q);
  if (asked) return expectedAnswerType(asked[1]!);
  // Nor is a clause with no question after it, no question mark and no inverted verb: "when he was
  // come into Jerusalem," quotes a line; "when was he…", "when did…" and "when he came?" ask.
  if (/^when\b/.test(q) && !q.includes('?') && !WHEN_INVERTED.test(q)) return null;
  if (asksLength(q)) return 'number';
  const measured = yesNoLength(q);
  if (measured) return namesExtentPhrase(measured.phrase) ? 'number' : 'duration';
  if (/\bhow (?:long|many (?:years|days|months|hours|minutes|weeks|seconds|decades|centuries))\b/.test(q)) return 'duration';
  // How fast something was done is the time it took ("how quickly did they shut it down?": "within
  // hours"); how fast a thing is, its speed, and "how quickly is the sea level rising?" a rate.
  if (/\bhow (?:quickly|fast) (?:did|do|does|will|would|can|could|has|have|had)\b|\bhow quickly (?:was|were)\b/.test(q)) return 'duration';
  // "How much have seizures fallen?": the size of a change, a figure or a share, not money.
  if (CHANGE_ASKED.test(q)) return 'number';
  if (/\bhow much\b|\bwhat (?:was |is )?the (?:price|cost|value)\b/.test(q)) return 'money';
  if (/\bhow many\b|\bwhat (?:percentage|number|percent|share|proportion)\b/.test(q)) return 'number';
  // A measure: a size, a distance, a population is given in figures, asked with the words that say
  // which of it too ("the top wind speed", "the total area").
  if (/\bhow (?:far|tall|high|big|large|wide|deep|heavy|fast)\b/.test(q) || MEASURE_ASKED.test(q) || TEMPERATURE_ASKED.test(q) || RATE_ASKED.test(q)) return 'number';
  // So is a count news keeps ("the death toll", "the turnout", "the final score").
  if (/\bwhat(?:['’]s| (?:is|was|are|were)) the (?:(?:latest|current|new|final|official|total|overall) )?(?:death )?(?:toll|tally|turnout|score)\b(?!['’])/.test(q)) return 'number';
  if (/\b(?:what|which) day of the week\b|\b(?:what|which) weekday\b/.test(q)) return 'weekday';
  if (/\bhow old\b|\bwhat (?:age|is the age)\b|\bat what age\b/.test(q)) return 'age';
  if (MEANING.test(q)) return 'meaning';
  // "What time of day was the call?", "At what time did they speak?": the clock or a part of the day, which a date does not give.
  if (TIME_OF_DAY_ASKED.test(q)) return 'time';
  // "What time was the call?": a point in time, which a date, a day or a clock gives ("what time
  // frame", "what time period" ask for a span).
  if (/^(?:when|in what year|what year|which year|on what date|what date|on which date)\b|\bwhat(?:['’]s| (?:is|was|are|were)) the (?:\w+ )?deadlines?\b|\b(?:what|which) (?:year|date|day|month|century|decade)\b|\bwhat time (?:is|was|are|were|do|does|did|will|would|has|have|had)\b/.test(q)) return 'date';
  // "What nationality was Arthur Woolf?", "What is William Rankine's nationality?" (not "How many nationalities…").
  if (NATIONALITY_ASKED.test(q)) return 'nationality';
  if (/^(?:who|whom|whose)\b|\b(?:which|what) (?:person|leader|president|king|man|woman|minister|secretary)\b/.test(q) || PERSON_NAME_ASKED.test(q)) return 'person';
  if (/^where\b|\b(?:which|what) (?:country|city|place|region|state|town|continent)\b/.test(q)) return 'place';
  if (/^why\b|\bfor what reason\b|\bwhat (?:was|is|were|are) the reasons?\b|\bhow come\b/.test(q)) return 'reason';
  return null;
}

// "What was the top wind speed?": the words before a measure's noun that say which of it.
const MEASURE_ASKED_AS = String.raw`\bwhat(?:['’]s| (?:is|was|are|were)) the (?:(?:top|maximum|max|minimum|average|mean|total|peak|highest|lowest|estimated|wind|land|surface) ){0,2}`;
const MEASURE_ASKED = new RegExp(`${MEASURE_ASKED_AS}(?:population|size|area|length|height|width|depth|distance|weight|speed|temperature)\\b`);
// "What is the homicide rate?", "What was the rate of inflation?": a figure ("12 per 100,000", "3.2%").
const RATE_ASKED = /\bwhat(?:['’]s| (?:is|was|are|were)) (?:the |its |their |his |her )?(?:[a-z-]+ ){0,2}rates?\b/;
// "How hot…?", "…, in degrees Celsius?": a temperature, which a figure in degrees gives ("565 °C").
const TEMPERATURE_ASKED = /\bhow (?:hot|cold|warm)\b|\bin degrees? (?:celsius|centigrade|fahrenheit)\b/;

const NATIONALITY_ASKED = /\b(?:what|which) nationality\b|(?:['’]s|\bthe|\bhis|\bher|\btheir|\bits) nationality\b/;

const TIME_OF_DAY_ASKED = /\b(?:what|which) time of (?:the )?day\b|\bat what time\b|\bwhat time of (?:the )?(?:morning|afternoon|evening|night)\b/;

// "What is Sheinbaum's first name?", "Trump's full name": a person's name, which a sentence naming them in full gives.
const PERSON_NAME_ASKED = /\b(?:first|last|full|middle|given|family) names?\b|\bsurnames?\b/;
// Whose name: "Sheinbaum's first name" (a chat's "trumps full name"), "the full name of Trump".
const NAME_WORDS = String.raw`(?:(?:first|last|full|middle|given|family)\s+names?|surnames?)`;
const OWNER_BEFORE = new RegExp(String.raw`\b(\p{L}+?(?:['’]s|s)?)\s+${NAME_WORDS}\b`, 'iu');
const OWNER_AFTER = new RegExp(String.raw`\b${NAME_WORDS}\s+of\s+(?:the\s+)?(?:\p{L}+\s+)?(\p{L}+)\W*$`, 'iu');

/**
 * For a question asking a person's name, the name given in full in a sentence: the owner's name with a
 * capitalised word beside it ("Claudia Sheinbaum", "Sheinbaum Pardo"). Null when the question names no owner.
 */
function fullNameOf(question: string): RegExp | null {
  const before = OWNER_BEFORE.exec(question)?.[1];
  const owner = before && !isStopWord(before.toLowerCase()) ? before : OWNER_AFTER.exec(question)?.[1];
  if (!owner) return null;
  // Any case as typed, the sentence's own capitals around it; a chat's "trumps" may be "Trump's" or "Trumps".
  const bare = owner.replace(/['’]s$/u, '');
  const anyCase = (w: string) => [...w].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join('');
  const name = /[^s]s$/iu.test(bare) && bare === owner ? `(?:${anyCase(bare)}|${anyCase(bare.slice(0, -1))})` : anyCase(bare);
  return new RegExp(String.raw`\p{Lu}\p{Ll}+\s+${name}\b|\b${name}\s+\p{Lu}\p{Ll}+`, 'gu');
}

const CHANGE_ASKED =
  /\bhow much (?:has|have|had|did|does|do|is|are|was|were|will|would)\b.*\b(?:fall|falls|fallen|fell|rise|rises|risen|rose|grow|grows|grown|grew|drop|drops|dropped|increase|increased|decrease|decreased|decline|declined|change|changed|shrink|shrunk|shrank|improve|improved|reduce|reduced|gain|gained)\b/;

const WHEN_INVERTED = /^when (?:\w+n['’]?t|did|do|does|was|were|is|are|will|would|can|could|should|has|have|had|shall|may|might|must)\b/;

// "What does Obersee mean?", "What is the English translation of Het Scheur?", "What does FIS stand
// for?", "…a Latin expression meaning what in English?": a gloss of a word is asked for.
const MEANING = /^what (?:does|do|did) .+ (?:mean|stand for|translate(?: (?:to|into|as))?)(?: in \w+)?\W*$|\bwhat (?:is|was|are|were) (?:the |its |their )?(?:\w+ )?(?:meaning|translation)s? of\b|\bmeaning what\b/;

// In the present tense: an extent is a lasting property ("how long is the Rhine"), while "how long
// was the theatre in operation" asks how long something went on.
const HOW_LONG_IS = /\bhow long (?:is|are)\s+(.+)$/;
// Where the noun phrase asked about ends: its modifiers ("the section of the Rhine near Chur") do not
// change what it is.
const PHRASE_END = /\s(?:of|in|near|at|on|from|between|across|along|through|for|to|into)\s/;
const RELATIVE_CLAUSE = /\s(?:that|which|who|where)\s/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);

/**
 * "How long is the Rhine?" asks for a length, "how long was the call?" for a duration: the noun
 * decides (`namesExtent`). Only when one noun phrase follows, with its modifiers: in "how long is
 * Warsaw the capital" (a second noun phrase) or "how long are the fighters able to hold out" (a
 * verb) it is a time again.
 */
function asksLength(q: string): boolean {
  const m = HOW_LONG_IS.exec(q);
  return m !== null && namesExtentPhrase(m[1]!);
}

/** Whether the noun phrase (with its modifiers, perhaps a relative clause) names a thing with an extent: "the Rhine", not "the call". */
function namesExtentPhrase(text: string): boolean {
  const main = ` ${text} `.split(RELATIVE_CLAUSE)[0]!;
  if (words(main).some((w) => mostOftenVerb(w))) return false;
  const phrase = words(main.split(PHRASE_END)[0]!);
  if (phrase.length > 0 && DETERMINERS.has(phrase[0]!)) phrase.shift();
  if (phrase.length === 0 || phrase.length > 4 || phrase.some((w) => isStopWord(w))) return false;
  return namesExtent(nounLemma(phrase[phrase.length - 1]!));
}

// A yes/no question about how long something is or went on: "Was the call short?", "Was it a long
// call?", "Did the talks last long?". The figure answers it as it answers "How long…?"; the word
// "short" only says which answer the member expects.
const DEGREE = String.raw`(?:(?:too|very|really|that|so|quite|pretty|particularly|fairly)\s+)?`;
const LENGTH_WORD = '(?:long|short|brief|lengthy)';
const IS_LONG = new RegExp(String.raw`^(?:was|were|is|are|will|would)\s+(?:(?:it|this|that)\s+(?:a|an)\s+${DEGREE}${LENGTH_WORD}\s+(.+?)|(.+?)\s+${DEGREE}${LENGTH_WORD})\W*$`);
const LASTED_LONG = new RegExp(String.raw`^(?:did|does|do|will|would)\s+(.+?)\s+last\s+${DEGREE}(?:long|(?:a\s+)?${LENGTH_WORD}\s+(?:time|while))\W*$`);
// What topicOf leaves out of such a question: the words that only ask for the measure.
const LENGTH_ASKED = new RegExp(String.raw`\b${DEGREE}${LENGTH_WORD}\b(?:\s+(?:time|while)\b)?|\blast\b`, 'gi');

/** The noun phrase a yes/no question asks the length of, or null when it asks none. */
function yesNoLength(q: string): { phrase: string } | null {
  const m = IS_LONG.exec(q) ?? LASTED_LONG.exec(q);
  return m ? { phrase: (m[1] ?? m[2])! } : null;
}

// Words that only say what kind of answer is wanted ("how LONG", "what YEAR"): they are not topic.
const TYPE_PHRASE =
  /\b(?:(?:first|last|full|middle|given|family) names?|surnames?|(?:what|which) nationality|(?<=['’]s |\bthe |\bhis |\bher |\btheir |\bits )nationality|(?:mean|meaning|translate|translation|stand for)(?: (?:to|into|as|of))?(?: in english)?|(?:what|which|on what|on which) day of the week|(?:(?:at )?(?:what|which) )?time of (?:the )?day|at what time|how (?:long|many|much|often|old|far|tall|high|big|large|wide|deep|heavy|fast|hot|cold|warm)|(?:in )?degrees? (?:celsius|centigrade|fahrenheit)|how quickly(?= (?:did|do|does|will|would|can|could|has|have|had|was|were)\b)|(?:what|which|in what|on what|at what) (?:year|date|day|weekday|month|century|decade|percentage|percent|share|proportion|number|time|age))\b/gi;

/** Words that, after a question word, only say what kind of answer is wanted: a typo of one is fixed, not searched. */
export const TYPE_WORDS = new Set(['long', 'many', 'much', 'often', 'old', 'far', 'year', 'date', 'day', 'week', 'weekday', 'month', 'century', 'decade', 'time', 'age']);

/**
 * How much a match of each kind is worth (1 = full answer-type weight). Numbers, dates and durations
 * are recognised precisely; names and places are everywhere in news, so finding one says less.
 */
export const TYPE_STRENGTH: Record<Exclude<AnswerType, null>, number> = {
  date: 1,
  time: 1,
  weekday: 1,
  duration: 1,
  age: 1,
  number: 1,
  money: 1,
  person: 1 / 3,
  place: 1 / 3,
  // A name's adjective says where someone is from, or what a thing is named after ("Victorian").
  nationality: 1 / 3,
  // Reasons are told in many ways; a cue word ("because", "due to") says a little.
  reason: 1 / 3,
  // So is a gloss: quotations and parentheses say many other things too.
  meaning: 1 / 3,
};

// "Who is running Mexico according to Trump?": whose word it is, which a passage need not frame so
// ("The U.S. president had … accusations that cartels are running Mexico"); the one framed with the
// same words about something else ("According to the Mexican president, Trump…") is no better for it.
const ATTRIBUTION = /\baccording to\b/gi;
// "Is the US GOING TO invade…?": the future of the verb after it, as "will" is; "going to Mexico",
// "going to the border", "going down" go somewhere and stay.
const FUTURE_GOING = /\bgoing\s+to\s+(\p{L}+)/giu;

/** The text without a "going to" that only makes the verb after it future. */
function withoutFutureGoing(text: string): string {
  return text.replace(FUTURE_GOING, (whole, verb: string) => (mostOftenVerb(verb.toLowerCase()) ? ` ${verb}` : whole));
}

/** The question without its answer-type phrase, a check's tag, a stand's word, "according to" or a "going to" of the future, for matching against sentences. */
export function topicOf(question: string): string {
  const topic = withoutStance(withoutFutureGoing(withoutCheckTag(question)).replace(ATTRIBUTION, ' ')).replace(TYPE_PHRASE, ' ');
  return yesNoLength(question.toLowerCase().replace(/\s+/g, ' ').trim()) ? topic.replace(LENGTH_ASKED, ' ') : topic;
}

/** True when the sentence holds an answer of the type that is not just an echo of the question. */
export function holdsAnswerType(sentence: string, type: AnswerType, question: string): boolean {
  return answerTypeMatcher(type, question)(sentence);
}

const GLOBAL_PATTERNS = Object.fromEntries(
  Object.entries(PATTERNS).map(([type, p]) => [type, new RegExp(p.source, p.flags.includes('g') ? p.flags : p.flags + 'g')]),
) as Record<Exclude<AnswerType, null | 'nationality'>, RegExp>;
const CONNECTIVES = new Set(['in', 'at', 'near', 'the']);

// A question asking for a length, a distance, a speed or a weight is answered by a figure with its
// unit: "1,230 km" answers "How long is the Rhine?", "three bodies of water" does not. `nouns` ask
// for the measure by name; `units` are the index words of its units that stand for nothing else
// ("140 km/h" is "km" then "h"; "feet", "degrees" and "pounds" say other things too).
interface Measure {
  asked: RegExp;
  given: RegExp;
  nouns: readonly string[];
  units: readonly (readonly string[])[];
}
const MEASURES: readonly Measure[] = [
  {
    asked: /\bhow (?:long|far|tall|high|deep|wide)\b|\bwhat (?:is|was|are|were) the (?:length|height|width|depth|distance|elevation)\b/i,
    given: /\b\d+(?:[.,]\d+)*\s*(?:-\s*)?(?:km|kilometres?|kilometers?|mi|miles?|m|metres?|meters?|ft|feet|foot|yards?|inches|cm|centimetres?|centimeters?)\b/gi,
    nouns: ['length', 'height', 'width', 'depth', 'distance'],
    units: [['km'], ['kilometres'], ['kilometers'], ['miles'], ['metres'], ['meters']],
  },
  {
    asked: /\bhow fast\b|\bwhat(?:['’]s| (?:is|was)) the (?:\w+ ){0,2}speed\b/i,
    given: /\b\d+(?:[.,]\d+)*\s*(?:km\/h|kph|mph|knots|m\/s|miles per hour|kilometres per hour|kilometers per hour)/gi,
    nouns: ['speed'],
    units: [['mph'], ['kph'], ['knots'], ['km', 'h']],
  },
  {
    asked: /\bhow (?:hot|cold|warm)\b|\btemperatures?\b|\bdegrees? (?:celsius|centigrade|fahrenheit)\b/i,
    given: /(?<![\p{L}\p{N}])[-−]?\d+(?:[.,]\d+)*\s?(?:°\s?[CF]?|º\s?[CF]?|degrees?\b(?: (?:celsius|centigrade|fahrenheit)\b)?|[CF]\b)/giu,
    nouns: ['temperature'],
    units: [['celsius'], ['fahrenheit'], ['centigrade']],
  },
  {
    asked: /\bhow heavy\b|\bwhat (?:is|was) the weight\b/i,
    given: /\b\d+(?:[.,]\d+)*\s*(?:kg|kilograms?|kilogrammes?|tonnes?|tons?|pounds?|lbs?|grams?|g)\b/gi,
    nouns: ['weight'],
    units: [['kg'], ['kilograms'], ['tonnes']],
  },
];
const MEASURE_NOUN = new RegExp(`${MEASURE_ASKED_AS}(${MEASURES.flatMap((m) => m.nouns).join('|')})\\b`);

/**
 * The noun a question asks a measure by ("What was the top wind SPEED?", "What is the LENGTH of the
 * Rhine?") and the units its figures are written in, or null. News gives the figure without the
 * word ("gusts of up to 140 km/h"). Pure.
 */
export function measureNounAsked(question: string): { noun: string; units: Measure['units'] } | null {
  const noun = MEASURE_NOUN.exec(question.toLowerCase())?.[1];
  const measure = noun ? MEASURES.find((m) => m.nouns.includes(noun)) : undefined;
  return noun && measure ? { noun, units: measure.units } : null;
}

// "What day…" asks for a day, which a year alone does not give ("In 1979…"): a weekday or a day of a month.
const DAY_ASKED = /\b(?:what|which) day\b(?! of the week)/i;
const DAY_GIVEN = new RegExp(`\\b(?:${MONTH}\\.?\\s+\\d{1,2}\\b(?:,?\\s+\\d{4}\\b)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+\\d{4}\\b)?|${WEEKDAY}\\b)`, 'gi');

// "How much WATER…", "how much AREA…": an amount of a thing, given as a figure with its unit or a share,
// not in money (which "how much money / aid / does it cost" still asks for).
const AMOUNT_ASKED = /\bhow much (?!money|cash|aid|funding|funds|tax|taxes|revenue|profit|income|debt|budget|salary|capital|investment|more|less)(?!(?:do|does|did|is|was|are|were|will|would|can|could|has|have|had|should)\b)[a-z]+/i;
// A figure given as a share of something: "34.2%", "12 per cent".
const PERCENT = String.raw`\b\d+(?:[.,]\d+)*\s*(?:%|percent\b|per cent\b)`;
const AMOUNT_GIVEN = new RegExp(
  `${PERCENT}|\\b\\d+(?:[.,]\\d+)*\\s*(?:m3\\/s|m³\\/s|cu ft\\/s|m2|m²|km2|km²|sq mi|square (?:kilo)?met(?:re|er)s?|hectares?|acres?|litres?|liters?|gallons?|barrels?|tonnes?|tons?|kg|kilograms?|pounds?|lbs?|cubic \\w+)(?![\\p{L}])|\\b(?:half|twice|double|triple|a third|a quarter) (?:as|the)\\b`,
  'giu',
);

// "What was the final score?": a score, which a count of goals or seats does not give ("won 3-2", "ruled 2–1").
const SCORE_ASKED = /\bscore(?:line)?\b(?!d|s)/i;
const SCORE_GIVEN = /\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![.,]?\d)/g;

// "What percentage of the vote…?": a share, which a count of seats does not give.
const SHARE_ASKED = /\bwhat (?:percentage|percent|share|proportion)\b|\bhow many percent\b/i;
const SHARE_GIVEN = new RegExp(`${PERCENT}|\\b(?:half|a third|a quarter|two-thirds|three-quarters)\\b`, 'gi');

/** The pattern of the kind asked for: for a number, the measure the question asks for when it asks for one; for a date, a day when it asks for one. */
function patternFor(type: Exclude<AnswerType, null>, question: string): RegExp {
  if (type === 'person') {
    const full = fullNameOf(question);
    if (full) return full;
  }
  if (type === 'date' && DAY_ASKED.test(question)) return DAY_GIVEN;
  if (type === 'money' && AMOUNT_ASKED.test(question)) return AMOUNT_GIVEN;
  if (type === 'number' && SHARE_ASKED.test(question)) return SHARE_GIVEN;
  if (type === 'number' && SCORE_ASKED.test(question) && !/\bhow many\b/i.test(question)) return SCORE_GIVEN;
  if (type === 'number' && !/\bhow many\b/i.test(question)) {
    const measure = MEASURES.find((m) => m.asked.test(question));
    if (measure) return measure.given;
  }
  if (type === 'nationality') return nationalityPattern();
  return GLOBAL_PATTERNS[type];
}

// The day and year of a date ("January 12, 2026", "12 January", "March 2020", "in 2019,") count
// nothing: "how many cartels are there?" is not answered by "January 12".
const DATE_FIGURES = new RegExp(
  [
    `\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4}\\b)?`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+\\d{4}\\b)?`,
    `\\b${MONTH}\\s+\\d{4}\\b`,
    `\\b(?:in|since|until|till|by|from|before|after|during)\\s+(?:1[0-9]|20)\\d{2}(?=\\s*(?:[,.;:)–]|$)|\\s+${YEAR_FOLLOWER}\\b)`,
  ].join('|'),
  'gi',
);

// A figure with a unit of time ("15-minute", "three days") counts that unit.
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'decade', 'century'].map((u) => stem(u)));

/** Whether a question counts time ("how many seasons… in ten years", "the number of years"): a span of time may answer it. */
function countsTime(question: string): boolean {
  return words(question).some((w) => TIME_UNITS.has(stem(nounLemma(w))));
}

/**
 * The matches of a kind's pattern in a sentence, less the figures of a count that count no thing: the
 * day and year of a date, and a span of time ("15-minute", "two weeks") unless time is what is
 * counted (`timeCounted`). A document whose only figures are these gives no count.
 */
function kindMatches(pattern: RegExp, sentence: string, timeCounted: boolean): RegExpExecArray[] {
  const found = [...sentence.matchAll(pattern)] as RegExpExecArray[];
  if (pattern !== GLOBAL_PATTERNS.number || found.length === 0) return found;
  const spansOf = (p: RegExp) => [...sentence.matchAll(p)].map((d) => ({ from: d.index, to: d.index + d[0].length }));
  const dates = spansOf(DATE_FIGURES);
  const spans = timeCounted ? [] : spansOf(GLOBAL_PATTERNS.duration);
  const within = (m: RegExpExecArray, d: { from: number; to: number }) => d.from <= m.index && m.index + m[0].length <= d.to;
  return found.filter((m) => !(/^\d/.test(m[0]) && dates.some((d) => within(m, d))) && !spans.some((d) => within(m, d)));
}

/** A match that says something the question does not (not only its own words, nor "in the"). */
function namesSomethingNew(match: string, asked: ReadonlySet<string>): boolean {
  return words(match).some((w) => !CONNECTIVES.has(w) && !asked.has(w));
}

/**
 * The words a match must go beyond to say something new. None when the question's words ask for no
 * kind of answer and the kind comes from a figure it states to check ("Was the call on MONDAY?",
 * `figureAskedAbout`): there the figure itself, said back, is the answer.
 */
function askedWords(question: string): Set<string> {
  return statesToCheck(question) && expectedAnswerType(question) === null ? new Set() : new Set(words(question));
}

/** `holdsAnswerType` prepared once per question, for the many candidate sentences it is tried on. */
export function answerTypeMatcher(type: AnswerType, question: string): (sentence: string) => boolean {
  if (!type) return () => false;
  const pattern = patternFor(type, question);
  const asked = askedWords(question);
  const timeCounted = countsTime(question);
  return (sentence) => {
    for (const m of kindMatches(pattern, sentence, timeCounted)) if (namesSomethingNew(m[0], asked)) return true;
    return false;
  };
}

/**
 * Within a sentence, the words that give the kind of answer asked for — the date for "when", the
 * figure for "how many" — when the question asks for a kind recognised precisely (names, places and
 * reasons are not: any capitalised word would do) and the sentence holds one the question does not
 * name. Of several, the one closest to a word of the question ("…on Monday, January 12" for "when
 * was the call?" rather than an earlier date in the same sentence), closeness weighed by how telling
 * the word is (`weightOf` its stem, e.g. its IDF: next to "Sky" in an article about Sky says less than
 * next to "available"). Null when there is none.
 */
export function answerSpan(type: AnswerType, question: string, sentence: string, weightOf: (stem: string) => number = () => 1): string | null {
  return answerSpanFinder(type, question, weightOf)(sentence);
}

/** `answerSpan` with the question read once, for the passages of one answer; `accept` may pass over some spans. */
function answerSpanFinder(type: AnswerType, question: string, weightOf: (stem: string) => number = () => 1): (sentence: string, accept?: (span: string) => boolean) => string | null {
  const kind = preciseKind(type);
  if (!kind) return () => null;
  const pattern = patternFor(kind, question);
  const asked = askedWords(question);
  const askedStems = new Set(words(question).filter((w) => !isStopWord(w)).map(stem));
  // A word the stemmer does not bring back to the question's ("died" / "die") is found by its dictionary form.
  const askedLemmas = new Map(words(question).filter((w) => !isStopWord(w)).map((w) => [lemma(w), stem(w)]));
  const counted = kind === 'number' ? countedNoun(question) : null;
  const timeCounted = countsTime(question);
  return (sentence, accept) => {
    // Matches next to each other are one answer: "Monday, January 12, 2026" is a weekday and a date.
    const spans: { from: number; to: number }[] = [];
    for (const m of kindMatches(pattern, sentence, timeCounted)) {
      if (!namesSomethingNew(m[0], asked)) continue;
      const to = m.index + wholeFigureAt(sentence, m.index, m[0]).length;
      const last = spans[spans.length - 1];
      if (last && last.to >= m.index) last.to = Math.max(last.to, to);
      else if (last && /^[\s,]*$/.test(sentence.slice(last.to, m.index))) last.to = to;
      else spans.push({ from: m.index, to });
    }
    if (spans.length === 0) return null;
    const tokens = [...sentence.matchAll(/[\p{L}\p{N}]+/gu)].map((t) => {
      const w = words(t[0])[0] ?? '';
      const s = w !== '' && !isStopWord(w) ? stem(w) : '';
      const asked = askedStems.has(s) ? s : s !== '' ? askedLemmas.get(lemma(w)) : undefined;
      return { start: t.index, end: t.index + t[0].length, stem: w === '' ? '' : stem(nounLemma(w)), weight: asked !== undefined ? weightOf(asked) : 0 };
    });
    let best: { text: string; counts: boolean; closeness: number; together: number } | null = null;
    for (const { from, to } of spans) {
      if (accept && !accept(sentence.slice(from, to).trim())) continue;
      const first = tokens.findIndex((u) => u.end > from && u.start < to);
      if (first < 0) continue;
      let last = first;
      while (last + 1 < tokens.length && tokens[last + 1]!.start < to) last++;
      // "How many goals…?": the figure that counts goals ("27 goals"), before any nearer one ("Lindqvist, 31,").
      const counts = counted !== null && tokens.slice(last + 1, last + 1 + COUNTED_WITHIN).some((t) => t.stem === counted);
      // Distances in words from the span; an answer most often follows what it answers ("reopened in
      // 2021"), so a question word after the span counts half a word farther.
      // The nearest word decides; of two as near, the one nearer the question's other words ("11 cases
      // two weeks ago", not "38 cases", for "how many cases were there two weeks ago?").
      const nearest = new Map<string, number>();
      tokens.forEach((t, k) => {
        if (t.weight <= 0 || (k >= first && k <= last)) return;
        const near = t.weight / (1 + (k < first ? first - k : k - last + 0.5));
        nearest.set(t.stem, Math.max(nearest.get(t.stem) ?? 0, near));
      });
      const closeness = Math.max(0, ...nearest.values());
      const together = [...nearest.values()].reduce((a, b) => a + b, 0);
      const text = sentence.slice(from, to).trim();
      const better = !best || (counts && !best.counts) || (counts === best.counts && (closeness > best.closeness || (closeness === best.closeness && together > best.together)));
      if (text && better) best = { text, counts, closeness, together };
    }
    return best?.text ?? null;
  };
}

// How far after a figure the noun it counts may stand: "61,000 electric trucks", "four states".
const COUNTED_WITHIN = 3;
const HOW_MANY_NOUN = /\bhow many\s+(\p{L}+)/iu;

/** The word "how many" counts, as typed in lower case ("how many GOALS did he score"), or null. */
export function countedWord(question: string): string | null {
  const noun = HOW_MANY_NOUN.exec(question)?.[1]?.toLowerCase();
  return noun && !isStopWord(noun) ? noun : null;
}

/** The stem of what "how many" counts, or null. */
function countedNoun(question: string): string | null {
  const noun = countedWord(question);
  return noun ? stem(nounLemma(noun)) : null;
}

/**
 * For "how many N…?", whether a sentence gives a figure counting N ("38 cases of measles" for "how
 * many cases are there?", not "children under ten"); null when the question counts nothing named.
 */
export function countsAsked(question: string): ((sentence: string) => boolean) | null {
  const counted = countedNoun(question);
  if (counted === null) return null;
  return (sentence) => {
    const tokens = words(sentence);
    return tokens.some((w, i) => PATTERNS.number.test(w) && tokens.slice(i + 1, i + 1 + COUNTED_WITHIN).some((t) => stem(nounLemma(t)) === counted));
  };
}

/**
 * For "how many N…?", whether a passage lists the Ns, an item a bullet, after words naming them ("Sheinbaum
 * pointed to specific metrics…, including: • … • …" for "how many metrics did she mention?"): the
 * count is there to read off, though no figure says it.
 */
export function listsCounted(question: string, passage: string): boolean {
  const counted = countedNoun(question);
  const [leadIn, ...items] = passage.split('•');
  if (counted === null || items.length < 2) return false;
  return words(leadIn!).some((w) => stem(nounLemma(w)) === counted);
}

/** A match as a reader says it: "$21 million" of the "$2" a money pattern matched first. */
function wholeFigureAt(text: string, at: number, matched: string): string {
  const whole = WHOLE_FIGURE.exec(text.slice(at))?.[0] ?? '';
  return whole.length > matched.length ? whole : matched;
}

/** The question's kind of answer when it is recognised precisely (a date, a figure…: TYPE_STRENGTH 1), else null. */
export function preciseKind(type: AnswerType): GivenKind | null {
  return givenKindOf(type);
}

/** What a passage is checked for when a question asks for a precise kind of answer (`askedKind`). */
export interface AskedKind {
  kind: NotGivenKind;
  /**
   * True when a text holds such an answer that the question does not name (or, for a count, lists
   * what is counted: `listsCounted`); `reportDate` is the date of the text's document.
   */
  holds: (text: string, reportDate?: string | null) => boolean;
  /** The words of a sentence that give it (`answerSpan`), or null. */
  spanIn: (sentence: string, reportDate?: string | null) => string | null;
}

let anyDaySpan: ReturnType<typeof answerSpanFinder> | undefined;
/** A day a sentence gives that is not on or before its report's (later-instance.ts), or null. */
export function laterDayIn(sentence: string, reportDate: string | null): string | null {
  anyDaySpan ??= answerSpanFinder('date', '');
  return anyDaySpan(sentence, (span) => mayBeLater(span, sentence, reportDate));
}

/** Whether a question asks for the day of a later instance ("When is the next call?"): a date or weekday, in the future (later-instance.ts). */
export function asksLaterDay(type: AnswerType, question: string): boolean {
  const kind = preciseKind(type);
  return (kind === 'date' || kind === 'weekday') && asksLaterInstance(question);
}

/** The precise kind of answer a question asks for, with its matchers; null when it asks for none. */
export function askedKind(type: AnswerType, question: string, weightOf?: (stem: string) => number): AskedKind | null {
  const kind = preciseKind(type);
  if (!kind) return null;
  const spanIn = answerSpanFinder(type, question, weightOf);
  // "When is the NEXT call?": a day its report gives as its own or earlier is this call's (later-instance.ts).
  if (asksLaterDay(type, question)) {
    const later = (text: string, reportDate?: string | null) => spanIn(text, (span) => mayBeLater(span, text, reportDate));
    return { kind: 'later-date', holds: (text, reportDate) => later(text, reportDate) !== null, spanIn: later };
  }
  const matches = answerTypeMatcher(type, question);
  const holds = kind === 'number' ? (text: string) => matches(text) || listsCounted(question, text) : matches;
  // The report's date says nothing of other kinds: it is not passed on as a filter.
  return { kind, holds, spanIn: (sentence) => spanIn(sentence) };
}

// The kinds of figure a question states to check ("Did the call last 20 minutes?") whose pattern
// says what is measured: a time, an amount, an age. A bare number ("300 people", "15-minute") says
// nothing of what it counts, so two of them are no correction of one another.
const STATED_KINDS = ['duration', 'money', 'age'] as const;

/**
 * The first figure a text states of a kind that says what it measures, with digits in it ("20
 * minutes", "$5 million", "aged 70"), and its kind; null when it states none.
 */
export function statedFigure(text: string): { kind: GivenKind; text: string } | null {
  for (const kind of STATED_KINDS) {
    const [first] = figuresOfKind(kind, text);
    if (first) return { kind, text: first };
  }
  return null;
}

const WEEKDAYS = new RegExp(`\\b${WEEKDAY}\\b`, 'gi');

/** The days of the week a text names, as written, in order. */
export function weekdaysIn(text: string): string[] {
  return [...text.matchAll(WEEKDAYS)].map((m) => m[0]);
}

// A figure as a reader says it: "$5" of "$5 million" is not the amount.
const WHOLE_FIGURE = /^[$£€¥]?\s?\d+(?:[.,]\d+)*(?:\s+(?:thousand|million|billion|trillion)\b)?/i;

/** The figures of one kind a text states, with digits in them, in order. */
export function figuresOfKind(kind: GivenKind, text: string): string[] {
  return [...text.matchAll(GLOBAL_PATTERNS[kind])]
    .map((m) => wholeFigureAt(text, m.index, m[0]).trim())
    .filter((f) => /\d/.test(f));
}
