/**
 * Errors a user can cause, each with a code and a message that says what to do.
 * Anything else is a programmer error and should fail loudly.
 */
export const USER_ERRORS = {
  // Also a message of only emoji or punctuation ("🤔", "???"): no word to search for.
  EMPTY_QUESTION: 'The question is empty: it has no words to search for. Ask something about the event, e.g. "How long was the call?"',
  QUESTION_TOO_LONG: 'The question is too long. Keep it under {max} characters.',
  EMPTY_CORPUS: 'The corpus folder {dir} holds no readable .txt or .md document. Add at least one and try again.',
  CORPUS_NOT_FOUND: 'The corpus folder {dir} does not exist. Create it or point --corpus / CORPUS_DIR at the right folder.',
  INDEX_DIR_UNUSABLE: 'The index folder {dir} cannot be used: {reason}. Point --index / INDEX_DIR at a folder you can write to (it is created when missing).',
  DATA_DIR_UNUSABLE: 'The data folder {dir} cannot be used: {reason}. Point DATA_DIR at a folder the bot can write to (it is created when missing): it keeps the question log and the corpus change log there.',
  BOT_ALREADY_RUNNING: 'Another bot process is already running with the data folder {dir} (it holds {file}). Two bots on one token answer every direct message twice: stop the other one first, or give this one its own DATA_DIR and its own bot token.',
  BAD_USAGE: '{detail}',
  BAD_CONFIG: '{detail}',
  MODEL_UNAVAILABLE: 'No embedding model could be loaded: {detail}',
  SOURCE_NOT_FOUND: 'No document of the coverage is called "{typed}". Give its title, a few words of it, or its id: {choices}.',
  SOURCE_AMBIGUOUS: '"{typed}" is in the title of several documents: {choices}. Give more of the title, or the id.',
  REINDEX_FAILED: 'Reindexing failed, so the previous index keeps serving: {detail}',
  BACKUP_INSIDE_SOURCE: 'The backup folder {destination} is inside the {what} folder {dir}, which the backup copies: give a folder outside it (e.g. another disk, or ../backups).',
  BACKUP_DESTINATION_UNUSABLE: 'The backup folder {destination} cannot be used: {reason}. Give a folder you can write to (it is created when missing).',
  BACKUP_FAILED: 'The backup stopped at {file}: {reason}. What it copied so far is left in a folder ending in .partial; fix that and run it again.',
  QUESTION_LOG_NEWER: 'The question log {file} was written by a newer version of the bot (its schema {version}; this version knows up to {known}). Run the newer version again, or move the file aside (keep it) to start a new log.',
  // The Discord transport's.
  RATE_LIMITED: "You're asking faster than I can keep up — please try again in {seconds} s.",
  NOT_MODERATOR: 'Only moderators can do that: it needs the Manage Server permission or a moderator role.',
  NOT_OWNER: "In direct messages only the bot's owners can do that. Ask in the server instead.",
  NOT_SERVED_HERE: "This bot serves only the servers it was set up for, and this is not one of them. Ask its owner, or use it where it was set up.",
  UNKNOWN_COMMAND: "I don't know that command. It may have been removed; try /ask.",
  // "Check with the coverage" on a message.
  NOTHING_TO_CHECK: 'That message has no words to check (only attachments, embeds, emoji or links). Ask about it with /ask instead.',
  CLAIM_TOO_LONG: 'That message is too long to check as one claim ({length} characters; at most {max}). Ask about the part you doubt with /ask.',
  ANSWER_EXPIRED: 'That answer is too old for its buttons to work any more. Ask the question again.',
  UNKNOWN_BUTTON: "That button doesn't do anything any more.",
  // /corpus (moderators managing the documents).
  FETCH_REFUSED: "I won't fetch {url}: {reason}. Give a public http:// or https:// link to the article, or add the file instead.",
  FETCH_FAILED: "I couldn't fetch {url}: {reason}. Check that the link opens in a browser, or add the file instead.",
  LOCAL_FILE_NOT_FOUND: 'There is no file {path}: give a link starting with http:// or https://, or the path of a .md, .txt, .html, .pdf or .docx file.',
  FILE_REFUSED: "I can't use the file {name}: {reason}. Use a .md, .txt, .html, .pdf or .docx file of at most {max}.",
  NOT_AN_ARTICLE: "{source} doesn't look like an article: {reason}. Link to the article's own page, or add its text as a .md or .txt file.",
  TOO_MANY_LINKS: '{count} links is more than one /corpus add takes (at most {max}). Add them {max} at a time.',
  CORPUS_ADD_NEEDS_ONE: 'Give either a link (url) or a file (file) to /corpus add — one of the two.',
  ALREADY_ADDED: 'Nothing was added: since the preview, the same article was added as "{title}" ({docId}).',
  LAST_DOCUMENT: '"{title}" is the only document in the corpus, and the bot needs one to answer from. Add its replacement first, then remove it.',
  PREVIEW_EXPIRED: 'That preview has expired or was already used. Run /corpus add again.',
  RESTORE_CHANGED: 'Nothing was restored: what stands in the place of "{title}" ({docId}) changed since the preview. Run /corpus restore again to see what it would replace now.',
  VERSION_CHANGED: 'Nothing was replaced: "{title}" ({docId}) changed since the preview. Run /corpus update again to see what the new version changes now.',
  NO_LINK_TO_UPDATE: '"{title}" ({docId}) has no link to fetch a newer version from. Attach the new version with /corpus add file:… — it is offered as a replacement.',
  UNCHANGED_DOCUMENT: '"{title}" ({docId}) is unchanged at {url}: nothing to update.',
  NOT_IN_TRASH: 'That version is no longer in the trash folder (or the change log no longer records it). Pick one of those the command suggests, or see /corpus list.',
  ALREADY_CURRENT: 'Nothing to restore: "{title}" ({docId}) in the corpus is that very version.',
  DOCUMENT_NOT_FOUND: 'There is no document "{docId}" in the corpus. Pick one of those the command suggests, or see /corpus list.',
  MALFORMED_COMMAND: 'That command reached me incomplete ({detail}). Your Discord may show an old version of it: reload Discord (Ctrl+R) and try again.',
  // Reaching Discord (bot start, npm run register).
  DISCORD_TOKEN_REJECTED: 'Discord refused the bot token (401 Unauthorized). Copy it again from the Developer Portal (Bot → Reset Token) into DISCORD_TOKEN in .env.',
  DISCORD_INTENT_DISALLOWED: 'Discord refused the Message Content intent (gateway close 4014). Turn on Message Content Intent in the Developer Portal (Bot → Privileged Gateway Intents), or set MESSAGE_CONTENT_INTENT=false.',
  DISCORD_SESSION_ENDED: 'Discord ended the gateway session with close code {code} ({reason}), after which the bot cannot reconnect. Check the settings it names, then start the bot again.',
  DISCORD_UNREACHABLE: 'Could not reach the Discord API at {url}: {reason}. Check the network connection, a proxy or firewall, or DISCORD_API_URL.',
  DISCORD_NOT_ANSWERING: 'The Discord API at {url} accepted the connection but did not answer within {seconds} s. Check the network (a proxy or firewall) or https://discordstatus.com, then try again.',
  DISCORD_REFUSED: 'Discord refused the request: {detail}',
  FOLDER_NOT_WRITABLE: 'Nothing was changed: the bot cannot write to its {folder} folder {dir} ({reason}). Whoever runs the bot must make it writable for the bot (see "Running it in production" in the README){hint}.',
} as const;

export type UserErrorCode = keyof typeof USER_ERRORS;

export class UserError extends Error {
  readonly code: UserErrorCode;
  constructor(code: UserErrorCode, params: Record<string, string | number> = {}) {
    const template: string = USER_ERRORS[code];
    super(template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`)));
    this.name = 'UserError';
    this.code = code;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** What a program prints when it stops on `error`: a user error's message (what to do), anything else's stack (a fault to report). */
export function failureText(error: unknown): string {
  return isUserError(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
}
