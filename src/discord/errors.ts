/** How the Discord transport tells members about errors: typed ones by their message, others by an apology. */
import { isUserError, UserError } from '../errors.ts';

/** The short line shown when something unexpected went wrong (the details go to the log). */
export const APOLOGY = 'Sorry — something went wrong while answering that. It has been logged; please try again.';

/**
 * discord.js's errors for an interaction that lacks what the command declares (a required option
 * missing or of the wrong type): Discord sent an outdated or malformed command, not a fault of ours.
 */
function malformedCommand(error: unknown): UserError | null {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (!code.startsWith('CommandInteractionOption')) return null;
  return new UserError('MALFORMED_COMMAND', { detail: error instanceof Error ? error.message.replace(/\.$/, '') : code });
}

/** Whether an error is expected (caused by the user, with a message for them) or a fault to log. */
export function isExpectedError(error: unknown): boolean {
  return isUserError(error) || malformedCommand(error) !== null;
}

/** What to tell the member: the typed error's own message, or a generic apology. */
export function messageForError(error: unknown): string {
  if (isUserError(error)) return error.message;
  return malformedCommand(error)?.message ?? APOLOGY;
}
