/**
 * Why the bot could not reach Discord, as one plain line that says what to do (pure): a refused
 * token, an address that does not resolve or refuses connections, an API that never answers, or
 * another refusal. Used by the bot's start and by `npm run register`; the token is never in it.
 */
import { UserError } from '../errors.ts';

/** Thrown when Discord has not answered within the allowed time. */
export class DiscordTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer from Discord within ${timeoutMs} ms`);
    this.name = 'DiscordTimeoutError';
  }
}

const NETWORK_REASONS: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve (ENOTFOUND)',
  EAI_AGAIN: 'the host name could not be looked up just now (EAI_AGAIN)',
  ECONNREFUSED: 'the connection was refused (ECONNREFUSED)',
  ECONNRESET: 'the connection was reset (ECONNRESET)',
  ETIMEDOUT: 'the connection timed out (ETIMEDOUT)',
  EHOSTUNREACH: 'the host is unreachable (EHOSTUNREACH)',
  ENETUNREACH: 'the network is unreachable (ENETUNREACH)',
};

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  status?: unknown;
  message?: unknown;
  cause?: unknown;
}

function shape(error: unknown): ErrorShape {
  return error !== null && typeof error === 'object' ? (error as ErrorShape) : {};
}

/** The error and its causes, outermost first (network errors are sometimes wrapped). */
function chain(error: unknown): ErrorShape[] {
  const out: ErrorShape[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && out.length < 5; e = shape(e).cause) out.push(shape(e));
  return out;
}

export function explainConnectionError(error: unknown, context: { apiUrl: string; timeoutMs: number }): UserError {
  const errors = chain(error);
  const url = context.apiUrl;
  if (errors.some((e) => e.status === 401 || e.code === 'TokenInvalid' || e.message === 'Authentication failed')) {
    return new UserError('DISCORD_TOKEN_REJECTED');
  }
  if (errors.some((e) => e instanceof DiscordTimeoutError || e.name === 'AbortError' || e.name === 'TimeoutError')) {
    return new UserError('DISCORD_NOT_ANSWERING', { url, seconds: Math.round(context.timeoutMs / 1000) });
  }
  for (const e of errors) {
    if (typeof e.code === 'string' && e.code in NETWORK_REASONS) return new UserError('DISCORD_UNREACHABLE', { url, reason: NETWORK_REASONS[e.code]! });
  }
  const api = errors.find((e) => typeof e.status === 'number');
  if (api) {
    const hint = api.status === 403 || api.status === 404 ? ': check that DISCORD_CLIENT_ID is the Application ID of this bot, and DISCORD_GUILD_ID a server it was invited to' : '';
    return new UserError('DISCORD_REFUSED', { detail: `${String(api.status)} ${String(api.message ?? '')}`.trim() + hint + '.' });
  }
  const first = errors[0];
  return new UserError('DISCORD_UNREACHABLE', { url, reason: String(first?.message ?? error) });
}

// Gateway close codes after which discord.js does not reconnect (the others it resumes or re-identifies).
const SESSION_ENDED: Record<number, string> = {
  4010: 'invalid shard',
  4011: 'sharding required: the bot is in too many servers for one connection',
  4012: 'invalid API version',
  4013: 'invalid intents',
};

/** Why the gateway will not take the bot back after closing with `code`, or null when discord.js reconnects by itself. */
export function sessionEndedError(code: number): UserError | null {
  if (code === 4004) return new UserError('DISCORD_TOKEN_REJECTED');
  if (code === 4014) return new UserError('DISCORD_INTENT_DISALLOWED');
  const reason = SESSION_ENDED[code];
  return reason ? new UserError('DISCORD_SESSION_ENDED', { code, reason }) : null;
}

/** `promise`, or a DiscordTimeoutError after `timeoutMs` (the promise itself is left to settle unobserved). */
export function withDeadline<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DiscordTimeoutError(timeoutMs)), timeoutMs);
  });
  promise.catch(() => undefined); // a late rejection after the deadline is not an unhandled one
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
