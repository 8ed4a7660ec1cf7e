/**
 * User-facing errors of the Discord transport, each with a code and a message that says what to do.
 * (Question and engine errors use the shared `UserError` from src/errors.ts.)
 */
import { isUserError } from '../errors.ts';

export const BOT_ERRORS = {
  RATE_LIMITED: "You're asking faster than I can keep up — please try again in {seconds} s.",
  NOT_MODERATOR: 'Only moderators can do that: it needs the Manage Server permission or a moderator role.',
  NOT_OWNER: "In direct messages only the bot's owners can do that. Ask in the server instead.",
  UNKNOWN_COMMAND: "I don't know that command. It may have been removed; try /ask.",
  ANSWER_EXPIRED: 'That answer is too old for its buttons to work any more. Ask the question again.',
  UNKNOWN_BUTTON: "That button doesn't do anything any more.",
} as const;

export type BotErrorCode = keyof typeof BOT_ERRORS;

export class BotError extends Error {
  readonly code: BotErrorCode;
  constructor(code: BotErrorCode, params: Record<string, string | number> = {}) {
    const template: string = BOT_ERRORS[code];
    super(template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`)));
    this.name = 'BotError';
    this.code = code;
  }
}

export function isBotError(error: unknown): error is BotError {
  return error instanceof BotError;
}

/** The short line shown when something unexpected went wrong (the details go to the log). */
export const APOLOGY = 'Sorry — something went wrong while answering that. It has been logged; please try again.';

/** Whether an error is expected (caused by the user, with a message for them) or a fault to log. */
export function isExpectedError(error: unknown): boolean {
  return isBotError(error) || isUserError(error);
}

/** What to tell the member: the typed error's own message, or a generic apology. */
export function messageForError(error: unknown): string {
  return isExpectedError(error) ? (error as Error).message : APOLOGY;
}
