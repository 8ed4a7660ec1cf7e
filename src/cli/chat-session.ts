/**
 * A conversation at the terminal (`npm run chat`), read as a DM with the bot is: a question is read
 * with the one before it unless it changes subject ("When did they talk?" after "Who did Marco Rubio
 * speak with?"), "tell me more" shows the last answer's next passages, "What happened next?" what
 * its article says after it, and "What else…?" what the conversation has not quoted yet. Each reply
 * is the text to print; the engine does the reading.
 */
import type { Answer, AnswerEngine, AskOptions, Quoted } from '../engine/types.ts';
import { escapeControls, formatReadable } from '../answer/format-cli.ts';
import { nothingMoreText, type TransportHowTo } from '../answer/conversational-reply.ts';
import { exchangeAfter, previousQuestion, quotedAfter, readOnFrom } from '../answer/exchange.ts';
import { readConversational } from '../retrieval/conversational.ts';
import { asksToReadOn } from '../retrieval/read-on.ts';
import { leansOnPrevious, questionParts } from '../retrieval/question-parts.ts';
import { validateQuestion } from '../retrieval/validate-question.ts';

/** The last answer shown, as the next message may continue it. */
interface Shown {
  question: string;
  answer: Answer;
  /** The options it was asked with (its next page is asked with the same). */
  asked: AskOptions;
  offset: number;
}

/** How to ask and to see more, said in a reply to small talk ("hi", "help"). */
export const CHAT_HOW_TO: TransportHowTo = {
  ask: 'Type a question and press Enter; the next one is read with it.',
  more: 'Type “more” right after an answer for its next passages.',
};

/** Said under an answer that has more passages, once per answer. */
export const MORE_HINT = 'More passages: type “more”. A question after this one is read with it; “What happened next?” reads on.';

export class ChatSession {
  #exchange: string[] = [];
  #last: Shown | null = null;
  #quoted: Quoted[] = [];

  constructor(
    private readonly engine: Pick<AnswerEngine, 'ask'>,
    /** `within`: every question asked within this document (`AskOptions.within`). */
    private readonly options: { top: number; ansi: boolean; within?: string },
  ) {}

  /** The reply to one line the member typed; a UserError (an empty or too long question) is the member's to fix. */
  async reply(line: string): Promise<string> {
    // "How long was the call? Who started it?": each part in turn; one that leans on the part before is
    // read with it, one that names its own subject as the first part was.
    const replies: string[] = [];
    const before = this.#exchange;
    for (const [i, part] of questionParts(validateQuestion(line)).entries()) {
      if (i > 0 && !leansOnPrevious(part)) this.#exchange = before;
      replies.push(await this.#replyTo(part));
    }
    return replies.join('\n\n');
  }

  async #replyTo(question: string): Promise<string> {
    const last = this.#last;
    // "Tell me more" after an answer pages it, as the bot's More button does.
    if (last && !last.answer.conversational && readConversational(question) === 'more') {
      if (!last.answer.hasMore) return nothingMoreText(last.question, escapeControls);
      const offset = last.offset + last.answer.passages.length;
      const answer = await this.engine.ask(last.question, { ...last.asked, offset });
      this.#last = { ...last, answer, offset };
      this.#quoted = quotedAfter(this.#quoted, answer, true);
      return this.#format(answer, offset, last.asked.previous);
    }
    const previous = previousQuestion(this.#exchange);
    const readFrom = last && asksToReadOn(question) ? readOnFrom(last.answer) : undefined;
    const quoted = this.#quoted.length ? { quoted: this.#quoted } : {};
    const within = this.options.within !== undefined ? { within: this.options.within } : {};
    const asked: AskOptions = { top: this.options.top, ...(previous ? { previous } : {}), ...(readFrom ? { readFrom } : {}), ...quoted, ...within };
    const answer = await this.engine.ask(question, asked);
    this.#exchange = exchangeAfter(this.#exchange, question, answer);
    if (!answer.conversational) {
      this.#last = { question, answer, asked, offset: 0 };
      this.#quoted = quotedAfter(this.#quoted, answer);
    }
    return this.#format(answer, 0, previous);
  }

  #format(answer: Answer, offset: number, readWith: string | undefined): string {
    const text = formatReadable(answer, { ansi: this.options.ansi, offset, howTo: CHAT_HOW_TO, ...(readWith ? { readWith } : {}) });
    return answer.hasMore && !answer.conversational ? `${text}\n\n${MORE_HINT}` : text;
  }
}
