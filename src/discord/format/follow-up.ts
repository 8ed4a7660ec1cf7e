/** What the bot says about follow-ups (pure): in a new thread, and where no thread can be started. */
import type { ReplyPayload } from '../replies.ts';
import { CHECK_MESSAGE_COMMAND } from '../questions.ts';
import { escapeQuoted, truncate } from './text.ts';

/** Discord's limit on a thread's name. */
export const THREAD_NAME_CHARS = 100;

const quoted = (question: string) => `“${escapeQuoted(truncate(question.replace(/\s+/g, ' ').trim(), 200))}”`;

/** The name of the thread started on an answer: its question. */
export function threadName(question: string): string {
  return truncate(`Follow-ups: ${question.replace(/\s+/g, ' ').trim()}`, THREAD_NAME_CHARS);
}

/** How to ask in a follow-up thread: plainly with the Message Content intent, else by mentioning the bot. */
function howToAsk(readsContent: boolean): string {
  return readsContent ? 'Ask it here' : `Ask it here, mentioning me (type @ and pick me; Discord only shows me messages that mention me)`;
}

/** The bot's first message in a thread it started on an answer. */
export function threadWelcome(question: string, readsContent: boolean): ReplyPayload {
  return {
    content:
      `**Follow-ups to** ${quoted(question)}\n` +
      `${howToAsk(readsContent)}: I read each question here together with the one before it, so "when was that?" or "why did she refuse?" is enough. ` +
      '"What happened next?" reads on in the article, "what else…?" finds what was not quoted yet, "more" shows the next passages, and a question on another subject is answered on its own.',
  };
}

/** The private reply to the button, once the thread exists. */
export function threadStarted(threadId: string): ReplyPayload {
  return { content: `Ask your follow-up in the thread: <#${threadId}>`, ephemeral: true };
}

/** The button pressed on an answer that already has its thread. */
export function threadExists(threadId: string): ReplyPayload {
  return { content: `This answer already has a thread for follow-ups: <#${threadId}>`, ephemeral: true };
}

/** The button pressed on an answer inside a follow-up thread. */
export function askHere(question: string, readsContent: boolean): ReplyPayload {
  return { content: `${howToAsk(readsContent)}, in this thread: I'll read it together with ${quoted(question)}.`, ephemeral: true };
}

/** In a DM, which is a conversation already: the next message follows the answer whose button was pressed. */
export function askInDm(question: string): ReplyPayload {
  return { content: `Send your follow-up here: I'll read it together with ${quoted(question)}.`, ephemeral: true };
}

/** Where no thread can be started (a channel without thread permissions): reply to the answer instead. */
export function replyInstead(question: string, readsContent: boolean): ReplyPayload {
  const mention = readsContent ? '' : ', mentioning me (type @ and pick me)';
  return {
    content: `Reply to the answer with your follow-up (hover it, then **Reply**)${mention}: I'll read it together with ${quoted(question)}.`,
    ephemeral: true,
  };
}

/** A message replied to with "is this true?" whose text Discord does not show the bot: how to check it instead. */
export function checkWithTheMenu(): ReplyPayload {
  return {
    content: `I can't read the message you replied to. To check it against the coverage, open that message's menu (right-click or long-press it) and choose Apps → ${CHECK_MESSAGE_COMMAND}.`,
  };
}

/** A message in a follow-up thread (or a reply to an answer) whose text Discord did not show the bot. */
export function mentionToAsk(): ReplyPayload {
  return {
    content: `I can't see messages here unless they mention me: ask your follow-up with a mention of me in it (type @ and pick me).`,
  };
}
