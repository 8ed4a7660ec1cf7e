/**
 * Answering one question, shared by /ask, DMs, mentions, follow-ups and the More button:
 * rate limit → engine → formatted message, with the shown passages remembered for the buttons.
 */
import { UserError } from '../errors.ts';
import type { BotContext } from './context.ts';
import type { Answer, Citation, Passage, Quoted } from '../engine/types.ts';
import type { AnswerSource, StoredAnswer } from './answer-store.ts';
import { exchangeAfter, previousQuestion, quotedAfter } from '../answer/exchange.ts';
import { formatAnswer, PAGE_SIZE } from './format/answer.ts';
import type { ReplyPayload } from './replies.ts';
import { leansOnPrevious, questionParts } from '../retrieval/question-parts.ts';
import { exchangeOf } from './follow-ups.ts';

/** Throws a UserError (friendly, with seconds to wait) when the user asked too often. */
export function checkRateLimit(ctx: BotContext, userId: string): void {
  const decision = ctx.rateLimiter.take(userId);
  if (!decision.allowed) {
    ctx.logger.info('rate limited', { userId, retryAfterMs: decision.retryAfterMs });
    throw new UserError('RATE_LIMITED', { seconds: Math.ceil(decision.retryAfterMs / 1000) });
  }
}

export interface AskRequest {
  question: string;
  /** Id of the interaction or message this answer replies to: the key its buttons carry. */
  key: string;
  offset: number;
  ephemeral: boolean;
  source: AnswerSource;
  userId: string;
  guildId: string | null;
  /** For More: the logged question the first page answered (a page is not a new question). */
  questionId?: number | null;
  /** For a follow-up: the exchange it is read with (follow-ups.ts). */
  previous?: readonly string[];
  /** For "What happened next?": the passage to read on from (`readOnFrom`). */
  readFrom?: Pick<Citation, 'docId' | 'sentences'>;
  /** The passages quoted before in the exchange (`StoredAnswer.quoted`): what "What else…?" leaves out. */
  quoted?: readonly Quoted[];
  /** For a page of a "What else…?" answer: what its first page left out, left out again. */
  leftOut?: readonly Quoted[];
  /** `/ask source:`: the one document to search, as typed or picked (`AskOptions.within`). */
  within?: string;
}

/** The next page of a stored answer (its More button, or "tell me more" after it), answering `key`. */
export function nextPageRequest(entry: StoredAnswer, key: string, asker: { userId: string; guildId: string | null; ephemeral: boolean }): AskRequest {
  return {
    question: entry.question,
    key,
    offset: entry.offset + entry.passages.length,
    ephemeral: asker.ephemeral,
    source: 'more',
    userId: asker.userId,
    guildId: asker.guildId,
    questionId: entry.questionId,
    ...(entry.previous ? { previous: entry.previous } : {}),
    ...(entry.readFrom ? { readFrom: entry.readFrom } : {}),
    ...(entry.quoted ? { quoted: entry.quoted } : {}),
    ...(entry.leftOut ? { leftOut: entry.leftOut } : {}),
    ...(entry.within ? { within: entry.within } : {}),
  };
}

/** Logs the question; a failure to log is reported but never stops the answer. */
function logQuestion(ctx: BotContext, request: AskRequest, answer: Answer, shown: readonly Passage[], askedAt: number): number | null {
  if (request.source === 'more') return request.questionId ?? null;
  try {
    return ctx.questionLog.recordQuestion({
      text: request.question,
      askedAt,
      source: request.source,
      answered: answer.answered,
      confidence: answer.confidence,
      // A refusal shows the nearest passages as such: nothing was cited.
      documents: answer.answered ? [...new Set(shown.map((p) => p.citation.docId))] : [],
      // What to add: things the coverage never mentions (why a refusal refused, or what an answer notes),
      // or mentions only apart.
      // Asked within one document, what it never mentions other documents may: no gap in the coverage.
      missing: request.within ? [] : ((answer.answered ? answer.missing : answer.notMentioned) ?? []),
      ...(answer.neverTogether?.length ? { neverTogether: answer.neverTogether } : {}),
      ...(answer.answeredIn ? { answeredElsewhere: answer.answeredIn } : {}),
      // What members ask for that the coverage never gives ("How old…" of an article with no age) is a gap too.
      ...((answer.notGiven ?? answer.neverGiven) ? { notGiven: answer.notGiven ?? answer.neverGiven } : {}),
      userId: request.userId,
      guildId: request.guildId,
    });
  } catch (error) {
    ctx.logger.error('could not log the question', { error });
    return null;
  }
}

export async function answerQuestion(ctx: BotContext, request: AskRequest): Promise<ReplyPayload> {
  const started = ctx.now();
  const previous = request.previous ?? [];
  const previousText = previousQuestion(previous);
  // A page leaves out what its first page did, not that page itself.
  const leaveOut = request.source === 'more' ? request.leftOut : request.quoted;
  const answer = await ctx.engine.ask(request.question, {
    top: PAGE_SIZE,
    offset: request.offset,
    ...(previousText ? { previous: previousText } : {}),
    ...(request.readFrom ? { readFrom: request.readFrom } : {}),
    ...(leaveOut?.length ? { quoted: leaveOut } : {}),
    ...(request.within ? { within: request.within } : {}),
  });
  const question = answer.question || request.question;
  const formatted = formatAnswer(answer, {
    key: request.key,
    offset: request.offset,
    ephemeral: request.ephemeral,
    ...(answer.followUp === 'with-previous' && previousText ? { readWith: previousText } : {}),
    ...(request.source === 'channel' ? { briefRefusal: true } : {}),
  });
  if (answer.conversational) {
    // Small talk is not a question the coverage failed to answer (it stays out of /gaps and the
    // answered share), has no buttons to remember, and does not become a thread's previous question.
    ctx.logger.info('answered in kind', { source: request.source, userId: request.userId, guildId: request.guildId, conversational: answer.conversational, ms: ctx.now() - started });
    return formatted.payload;
  }
  const questionId = logQuestion(ctx, request, answer, formatted.shown, started);
  ctx.answers.set(request.key, {
    question,
    questionId,
    offset: request.offset,
    passages: formatted.shown,
    answered: answer.answered,
    confidence: answer.confidence,
    hasMore: formatted.hasMore,
    ephemeral: request.ephemeral,
    source: request.source,
    guildId: request.guildId,
    previous,
    exchange: exchangeAfter(previous, question, answer),
    ...(answer.readOn ? { readOn: true as const, ...(request.readFrom ? { readFrom: request.readFrom } : {}) } : {}),
    quoted: quotedAfter(request.quoted ?? [], { ...answer, passages: formatted.shown }, request.source === 'more'),
    ...(answer.besidesQuoted && leaveOut ? { leftOut: leaveOut } : {}),
    ...(request.within ? { within: request.within } : {}),
  });
  ctx.logger.info('answered', {
    source: request.source,
    userId: request.userId,
    guildId: request.guildId,
    answered: answer.answered,
    confidence: answer.confidence,
    passages: formatted.shown.length,
    offset: request.offset,
    ...(answer.followUp ? { followUp: answer.followUp } : {}),
    ...(answer.overview ? { overview: true } : {}),
    ...(answer.readOn ? { readOn: true } : {}),
    ms: ctx.now() - started,
  });
  return formatted.payload;
}

/** The answer key of a message's `i`-th question: the request's own key, then "<key>-2", "<key>-3". */
export function partKey(key: string, i: number): string {
  return i === 0 ? key : `${key}-${i + 1}`;
}

/** Whether an answer key is one of the parts `partKey` makes of `key`. */
export function isPartOf(answerKey: string, key: string): boolean {
  return answerKey === key || answerKey.startsWith(`${key}-`);
}

/**
 * Each question a message asks ("How long was the call? Who started it?", question-parts.ts)
 * answered in turn, one that leans on the part before it read with the exchange so far as a follow-up
 * is; `send` posts each reply. Returns the key of the last answer remembered (a reply in kind is not), if any.
 */
export async function answerEachQuestion(ctx: BotContext, request: AskRequest, send: (payload: ReplyPayload) => Promise<void>): Promise<string | null> {
  // A page, a read-on or a claim to check is one request whatever its text.
  const parts = request.source === 'more' || request.readFrom || request.source === 'check' ? [request.question] : questionParts(request.question);
  let exchange = request.previous;
  let quoted = request.quoted;
  let last: string | null = null;
  const { previous: _previous, quoted: _quoted, ...rest } = request;
  for (const [i, part] of parts.entries()) {
    const key = partKey(request.key, i);
    // A part that names its own subject is read as the first part was, not with it.
    const previous = i === 0 || leansOnPrevious(part) ? exchange : request.previous;
    await send(await answerQuestion(ctx, { ...rest, question: part, key, ...(previous?.length ? { previous } : {}), ...(quoted?.length ? { quoted } : {}) }));
    const answered = ctx.answers.get(key);
    if (!answered) continue;
    last = key;
    exchange = exchangeOf(answered);
    quoted = answered.quoted;
  }
  return last;
}
