/**
 * The contract between the answer engine and its transports (CLI, Discord).
 * Transports depend on these types only, never on how the engine finds passages.
 */
import type { SegmentedDocument } from '../corpus/types.ts';

export type Confidence = 'high' | 'medium' | 'low';

export interface Citation {
  /** Stable id of the document: its path relative to the corpus folder. */
  docId: string;
  /** Document title (first heading or line). */
  title: string;
  /** Section heading the passage sits under, if any. */
  section: string | null;
  /** 1-based sentence numbers within the document, first and last of the passage. */
  sentences: [number, number];
  /** Source URL from the document's metadata, if given. */
  url: string | null;
  /** Publication date from the document's metadata (ISO yyyy-mm-dd), if given. */
  date: string | null;
  /** The outlet that published the document ("Polar Herald"), when its metadata names one. */
  publisher?: string;
}

export interface Passage {
  /** Quoted text: the answering sentence with just enough neighbouring context (≤ ~600 chars). */
  text: string;
  /** The sentence inside `text` that matched best (for text-fragment links). */
  focus: string;
  /**
   * Answered, and the question asks for a date, a figure, a duration, an age or a weekday: the words
   * of `focus` that give one ("Monday, January 12, 2026", "15-minute"), for the transport to mark.
   */
  answer?: string;
  citation: Citation;
  /**
   * Other documents that say the focus sentence in the same words (a reprinted wire story), each cited
   * at that sentence: the transport names them with the passage instead of quoting them again.
   */
  alsoIn?: { citation: Citation; focus: string }[];
  /** Fused relevance score; higher is better; comparable only within one engine build. */
  score: number;
}

export interface Answer {
  question: string;
  /** False when nothing in the corpus is relevant enough: the transport must say so. */
  answered: boolean;
  /** Only meaningful when answered; null for an overview (no ranking to be confident in). */
  confidence: Confidence | null;
  /** Best first. When not answered, these are the nearest passages, shown as such if at all. */
  passages: Passage[];
  /** True when more passages are available after these (for a "More" button). */
  hasMore: boolean;
  /** Names in the question that the corpus never mentions (why it was not answered), if any. */
  notMentioned?: string[];
  /** Not answered, and the question looks written in another language than English. */
  notEnglish?: true;
  /**
   * Not answered because the closest passage is from a document that never mentions these names of
   * the question, though other documents do ("What is the population of Mexico City?" of a passage on Cologne).
   */
  namedElsewhere?: string[];
  /** Not answered because the closest passage's document never gives the precise kind of answer asked for ("How old is Donald Trump?" of an article with no age). */
  neverGiven?: NotGivenKind;
  /** Not answered because the coverage mentions these things the question asks about, but never together ("What is the capital of Venezuela?" of coverage naming Venezuela in one article and a capital in another). */
  neverTogether?: string[];
  /**
   * Answered, but these things the question asks about (nouns, names) the coverage never mentions,
   * nor the first passage in other words ("What sports does Sheinbaum like?": sports). Absent when none.
   */
  missing?: string[];
  /**
   * Answered, and the question asks for a kind of answer recognised precisely (a date, a figure…) that
   * none of these passages gives ("How old is Donald Trump?": no age): the transport says so.
   */
  notGiven?: NotGivenKind;
  /**
   * Answered, and two of these passages, from different documents, say the same in the same words but
   * for one figure ("a 15-minute call" / "a 20-minute call"): the transport says the sources differ,
   * so that a reader does not take the first for the only account. `passages` index `passages`.
   */
  differences?: { passages: [number, number]; figures: [string, string] }[];
  /**
   * Answered, and the first passage gives the name or figure the question asks about otherwise, in
   * the same words: a yes/no question's premise it corrects ("Was the call on Tuesday?" — "…a phone
   * call on Monday"), or another thing than the one asked about ("the Leon Theatre" — "the Summer
   * Theatre", confidence then "low"). The transport says what the passage says instead. Only on the
   * page that shows the first passage.
   */
  corrected?: { asked: string; said: string };
  /**
   * Words of the question read as other words of the coverage — a typo ("phnoe" as "phone"), a name
   * set right by the one beside it ("Marc" as "Marco"), a function word ("lnog" as "long"): as typed
   * and as the coverage writes them. The transport says so, so that a member can rephrase when the reading is wrong.
   */
  readAs?: WordRead[];
  /**
   * The question asked about the coverage as a whole ("Give me a summary", "What happened?"): the
   * passages are each document's opening, most recent first, and there is no confidence word.
   */
  overview?: true;
  /** The overview asked what comes next ("What happens next?"): its passages are each document's lines on what lies ahead (outlook-passages.ts). */
  outlook?: true;
  /**
   * The question named one of the coverage's outlets ("According to the Polar Herald, …"): only that
   * outlet's documents were searched, or opened for an overview. The transport says so.
   */
  outlet?: string;
  /** Asked `within` one document: its title. The transport says so. */
  within?: string;
  /**
   * Asked `within` one document and refused, while the coverage as a whole answers it: the title of
   * the document the answer would come from. The transport says to ask without the source, or within that one.
   */
  answeredIn?: string;
  /**
   * Only when asked with `previous`: whether the question was read together with the previous one
   * ('with-previous') or, having changed subject, alone ('new-subject').
   */
  followUp?: 'with-previous' | 'new-subject';
  /**
   * Asked with no question before it, a question asking when or how long "they" did something,
   * naming nothing else ("When did they speak?"), was read as about the people the latest story's
   * lead names (retrieval/main-story.ts). The transport says so.
   */
  readAsAbout?: string[];
  /**
   * The message was not a question to search the coverage for: a greeting, thanks, a request for
   * help or for more (retrieval/conversational.ts; a transport that remembers the answer before pages
   * it instead), or a question with no words of its own to look for ("What is it?" with no previous
   * question). Not answered, no passages: the transport replies in kind.
   */
  conversational?: ConversationalReply;
  /**
   * The question asked what follows the passage quoted before ("What happened next?"): the passages
   * are what that passage's document, titled so, says after it, in its order, with no confidence
   * word; with `conversational: 'read-to-end'`, nothing follows it.
   */
  readOn?: { title: string };
  /**
   * The question asked what else ("What else did she say?") and the passages quoted before in the
   * conversation (`AskOptions.quoted`) were left out: these are the rest. The transport says so.
   */
  besidesQuoted?: true;
  /** With `conversational` (but thanks), or when a question is refused: questions the coverage answers, for the member to try. */
  examples?: string[];
}

/** A word of a question as typed and as the engine read it ("phnoe" → "phone", "WWII" → "World War II"). */
export interface WordRead {
  typed: string;
  read: string;
}

/** The kinds of answer recognised precisely enough to mark in a passage, or to say that passages do not give one. */
export const GIVEN_KINDS = ['date', 'time', 'weekday', 'duration', 'age', 'number', 'money'] as const;
export type GivenKind = (typeof GIVEN_KINDS)[number];

/** The kind a value names (a question's answer type, a logged column), or null when it names none. */
export function givenKindOf(value: string | null | undefined): GivenKind | null {
  return GIVEN_KINDS.find((k) => k === value) ?? null;
}

/**
 * What the passages of an answer did not give (`Answer.notGiven`): a kind of answer, or a day after
 * their report's, which a question about a later instance asks for ("When is the next call?").
 */
export type NotGivenKind = GivenKind | 'later-date';

/** The kind a logged column names, or null when it names none. */
export function notGivenKindOf(value: string | null | undefined): NotGivenKind | null {
  return value === 'later-date' ? value : givenKindOf(value);
}

/** 'read-to-end': "What happened next?" after the last passage of its document (`Answer.readOn` names it). */
export type ConversationalReply = 'greeting' | 'thanks' | 'help' | 'more' | 'no-subject' | 'read-to-end';

export interface AskOptions {
  /** How many passages to return (default 3). */
  top?: number;
  /** Skip this many of the best passages (paging, for "More"). */
  offset?: number;
  /**
   * The question this one follows up ("when was that?" after "Who did Rubio speak with?"): it is read
   * together with it, the previous question weighing less, unless it changes subject.
   */
  previous?: string;
  /**
   * The passage the answer before quoted first (the last of its passages when that answer read on
   * already): "What happened next?" gets what its document says after it. Without it, the first
   * passage of `previous`'s answer is read on from.
   */
  readFrom?: Pick<Citation, 'docId' | 'sentences'>;
  /**
   * The passages the conversation quoted already, in this exchange (its answers and their pages): a
   * question asking what else ("What else did she say?", "anything besides that about the call?")
   * finds other sentences than theirs. Any other question ignores them.
   */
  quoted?: readonly Quoted[];
  /**
   * Search only this document: its id, its title or words of it (retrieval/source-named.ts). A member
   * names the story they mean when the coverage holds several. Naming none, or several, is a UserError.
   */
  within?: string;
}

/**
 * A passage shown before, as "What else…?" leaves it out: its sentence that answered (`Passage.focus`),
 * within its citation. The context around it may be quoted again ("What else did she point to?" after
 * one item of a list answers with another item of it).
 */
export interface Quoted {
  docId: string;
  sentences: [number, number];
  focus: string;
}

export interface DocumentInfo {
  docId: string;
  title: string;
  sentences: number;
  url: string | null;
  date: string | null;
  /** The outlet, when the document's metadata names one. */
  publisher?: string;
}

export interface SourcesInfo {
  documents: DocumentInfo[];
  model: string;
  /** ISO timestamp of the last successful build or update. */
  indexedAt: string;
  /** Files of the corpus folder its last reading passed over, and why (unreadable, empty, too large, another format). */
  skipped: { file: string; reason: string }[];
}

export interface ReindexReport {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Sentences embedded in this run (only new or changed text is embedded). */
  embedded: number;
  /** Distinct texts those sentences were (identical sentences are embedded once): what the embedding progress counts. */
  embeddedTexts?: number;
  /** Sentences in the index after the run. */
  totalSentences: number;
  seconds: number;
  /** Documents skipped with a warning (unreadable, binary, empty, too large). */
  skipped: { file: string; reason: string }[];
}

export interface ReindexOptions {
  /**
   * Progress of each phase that can take a while (reading the corpus, embedding, building), for a
   * moderator waiting on it. A reindex already running is shared: its progress goes to whoever started it.
   */
  onProgress?: (phase: string, done: number, total: number) => void;
}

/** What transports need from the engine. */
export interface AnswerEngine {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** The whole paragraph around a cited passage, for a "Context" view. */
  context(citation: Pick<Citation, 'docId' | 'sentences'>): string | null;
  /** Suggested questions / headings matching what a member is typing (at most `limit`). */
  suggest(prefix: string, limit?: number): string[];
  sources(): SourcesInfo;
  /**
   * Re-read the corpus and update the index incrementally; questions keep being answered from the
   * old index until the new one is loaded, then it is swapped in. Concurrent calls share one run.
   * On failure the old index keeps serving and the promise rejects with a user-facing error.
   */
  reindex(options?: ReindexOptions): Promise<ReindexReport>;
  /**
   * Calls `listener` with the report of each reindex that completed while the engine runs, once per
   * run however many callers shared it (not for what was built at start); returns what stops it.
   */
  onReindexed(listener: (report: ReindexReport) => void): () => void;
  /**
   * The documents the serving index was built from, by id and content hash (`LoadCorpusOptions.known`):
   * a reader of the corpus folder need not segment again a file whose bytes are unchanged, which is
   * most of the cost of reading a large corpus.
   */
  segmentedDocuments(): (docId: string, contentHash: string) => SegmentedDocument | undefined;
}
