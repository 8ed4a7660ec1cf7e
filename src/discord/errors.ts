/** How the Discord transport tells members about errors: typed ones by their message, others by an apology. */
import { isUserError } from '../errors.ts';

/** The short line shown when something unexpected went wrong (the details go to the log). */
export const APOLOGY = 'Sorry — something went wrong while answering that. It has been logged; please try again.';

/** Whether an error is expected (caused by the user, with a message for them) or a fault to log. */
export function isExpectedError(error: unknown): boolean {
  return isUserError(error);
}

/** What to tell the member: the typed error's own message, or a generic apology. */
export function messageForError(error: unknown): string {
  return isExpectedError(error) ? (error as Error).message : APOLOGY;
}
