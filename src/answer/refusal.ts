/** Wording every transport shares for why a question was refused, or answered only in part or with sources that differ. */
import type { Answer, NotGivenKind, WordRead } from '../engine/types.ts';

/** Under a refusal of a question that does not look like English (retrieval/question-language.ts). */
export const NOT_ENGLISH_HINT = 'The question does not look like English: questions are read in English — try asking it in English.';

/**
 * Above an answer whose question asks about things the coverage never mentions (`Answer.missing`):
 * the fact, not a guess at what it means for the answer (a source may say it in other words).
 */
export function missingNote(missing: readonly string[]): string {
  const quoted = missing.map((w) => `\u201c${w}\u201d`);
  return missing.length === 1 ? `The coverage never uses the word ${quoted[0]}.` : `The coverage never uses the words ${quoted.join(', ')}.`;
}

/**
 * Above an answer whose first passage gives the name or figure asked about otherwise
 * (`Answer.corrected`): what it says instead — the answer to a yes/no question, a warning otherwise.
 */
export function correctedNote(asked: string, said: string): string {
  return `The first passage says \u201c${said}\u201d, not \u201c${asked}\u201d.`;
}

/** After the question, how its words were read when not as typed (`Answer.readAs`): "read “phnoe” as “phone”". */
export function readAsNote(readAs: readonly WordRead[]): string {
  return `read ${readAs.map((r) => `\u201c${r.typed}\u201d as \u201c${r.read}\u201d`).join(', ')}`;
}

/** Words quoted and listed as a sentence lists them: "“a”", "“a” and “b”", "“a”, “b” and “c”". */
export function quotedList(items: readonly string[]): string {
  const quoted = items.map((t) => `\u201c${t}\u201d`);
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : (quoted[0] ?? '');
}

/** Beside a question read as about the latest story's people (`Answer.readAsAbout`): whom it was taken to ask about. */
export function aboutStoryNote(people: readonly string[]): string {
  return `read as about ${quotedList(people)}, whom the latest story names first`;
}

/** Beside a question that asked what else (`Answer.besidesQuoted`): what its answer leaves out. */
export const BESIDES_QUOTED_NOTE = 'leaving out the passages quoted before';

/** Above the questions a refusal suggests (`Answer.examples`). */
export const TRY_INSTEAD = 'Questions the coverage answers, for example:';

/** What was searched when the question named one of the coverage's outlets (`Answer.outlet`), beside the question. */
export function outletNote(publisher: string): string {
  return `searched ${publisher}'s coverage only`;
}

/** After an answer asked within one document: which. */
export function withinNote(title: string): string {
  return `searched “${title}” only`;
}

/** After a refusal within one document that another document answers (`Answer.answeredIn`). */
export function answeredInNote(title: string): string {
  return `“${title}” does: ask again without the source, or with that one.`;
}

/** Why a question naming what only other documents mention was refused (`Answer.namedElsewhere`), after "doesn't answer this". */
export function namedElsewhereReason(names: readonly string[]): string {
  return `the closest match is from a document that never mentions ${names.join(', ')}`;
}

/** Why a question asking for a kind of answer its closest document never gives was refused (`Answer.neverGiven`), after "doesn't answer this". */
export function neverGivenReason(kind: NotGivenKind): string {
  return `the document closest to it never gives ${kindPhrase(kind)}`;
}

/** Why a question about things the coverage mentions, but never together, was refused (`Answer.neverTogether`), after "doesn't answer this". */
export function neverTogetherReason(things: readonly string[]): string {
  return `it mentions ${quotedList(things)}, but never together`;
}

/** Why a question was refused, as the member is told, or that no reason was given (the model alone, or a passage sharing nothing). */
export type RefusalReason = 'never mentioned' | 'named elsewhere' | 'kind never given' | 'never together' | 'another language' | 'none given';

type Refused = Pick<Answer, 'answered' | 'notMentioned' | 'notEnglish' | 'namedElsewhere' | 'neverGiven' | 'neverTogether'>;

/** The reason a refusal gives, in the order the decision picks one (answerability.ts `decide`); null for an answer. */
export function refusalReason(a: Refused): RefusalReason | null {
  if (a.answered) return null;
  if (a.notEnglish) return 'another language';
  if (a.notMentioned?.length) return 'never mentioned';
  if (a.namedElsewhere?.length) return 'named elsewhere';
  if (a.neverGiven) return 'kind never given';
  if (a.neverTogether?.length) return 'never together';
  return 'none given';
}

/**
 * The reason in words, after "doesn't answer this", the names in it passed through `escape` (the
 * transport's); null when the refusal gives none in words (none given; another language has a hint of its own).
 */
export function refusalReasonText(a: Refused, escape: (text: string) => string): string | null {
  switch (refusalReason(a)) {
    case 'never mentioned':
      return `it never mentions ${(a.notMentioned ?? []).map(escape).join(', ')}`;
    case 'named elsewhere':
      return namedElsewhereReason((a.namedElsewhere ?? []).map(escape));
    case 'kind never given':
      return neverGivenReason(a.neverGiven!);
    case 'never together':
      return neverTogetherReason((a.neverTogether ?? []).map(escape));
    default:
      return null;
  }
}

const KIND_WORDS: Record<NotGivenKind, string> = {
  date: 'a date',
  time: 'a time of day',
  weekday: 'a day of the week',
  duration: 'a duration',
  age: 'an age',
  number: 'a number',
  money: 'an amount',
  'later-date': 'a date after its report',
};

/** "an age", "a date": the kind of answer as a phrase. */
export function kindPhrase(kind: NotGivenKind): string {
  return KIND_WORDS[kind];
}

/** Above an answer none of whose passages gives the kind of answer asked for (`Answer.notGiven`). */
export function notGivenNote(kind: NotGivenKind): string {
  return `None of these passages gives ${kindPhrase(kind)}.`;
}

/** A passage as a note names it: its number as shown, its document's title, outlet and date, each as the transport writes them. */
export interface NotedPassage {
  number: number;
  title: string;
  /** The outlet, when the document's metadata names one: two reports of one event often share a title but not an outlet. */
  publisher?: string | null;
  date: string | null;
}

/**
 * Above an answer two of whose passages give one figure differently (`Answer.differences`): both, and
 * where each is ("passage 1, Polar Herald, 12 Jan 2026"), so the reader can weigh them.
 */
export function differenceNote(figures: readonly [string, string], passages: readonly [NotedPassage, NotedPassage]): string {
  const where = (p: NotedPassage) => [`passage ${p.number}`, p.title, p.publisher, p.date].filter(Boolean).join(', ');
  return `The sources differ: \u201c${figures[0]}\u201d (${where(passages[0])}), \u201c${figures[1]}\u201d (${where(passages[1])}).`;
}
