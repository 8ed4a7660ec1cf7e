/**
 * The only place that reads the environment: parsed once into a frozen, typed Config.
 * Every missing or malformed setting is reported at once, with how to fix it; values are never echoed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UserError } from './errors.ts';

/** The folder holding package.json: `src/..` when run from source, `dist/src/../..` when compiled. */
export const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..');
  }
}

export const DEFAULTS = {
  corpusDir: path.join(PROJECT_ROOT, 'corpus'),
  indexDir: path.join(PROJECT_ROOT, '.index'),
  modelsDir: path.join(PROJECT_ROOT, 'models'),
  cacheDir: path.join(PROJECT_ROOT, '.cache', 'models'),
  dataDir: path.join(PROJECT_ROOT, 'data'),
  feedbackFileName: 'feedback.jsonl',
  databaseFileName: 'bot.sqlite',
  questionLogRetentionDays: 30,
  embeddingModel: 'Xenova/multi-qa-MiniLM-L6-cos-v1',
  discordApiUrl: 'https://discord.com/api',
  logLevel: 'info',
} as const;

export interface EngineConfig {
  corpusDir: string;
  indexDir: string;
  modelsDir: string;
  cacheDir: string;
  embeddingModel: string;
}

export interface DiscordConfig {
  token: string;
  clientId: string;
  guildId: string | null;
  apiUrl: string;
  modRoleIds: readonly string[];
  ownerIds: readonly string[];
  /**
   * The servers the bot serves; it leaves any other it is added to. Empty: every server it is in
   * (whose moderators all manage the one corpus they share).
   */
  allowedGuildIds: readonly string[];
  /** The folder of the bot's own data (the question log database). */
  dataDir: string;
  /** The SQLite database of the question log and the feedback votes. */
  databaseFile: string;
  /** Where votes were appended before the database: imported once at start, then renamed. */
  feedbackFile: string;
  /** Keep the asker's and voter's user ids in the question log (off by default). */
  questionLogUserIds: boolean;
  /** Logged questions and votes older than this many days are deleted. */
  questionLogRetentionDays: number;
  /** Questions per user per minute. */
  rateLimitPerMinute: number;
  /**
   * Whether the bot asks for the privileged Message Content intent, to read members' follow-ups in
   * its threads and replies to its answers without being mentioned.
   */
  messageContentIntent: boolean;
  /** Channels where every member's message that reads as a question is answered, no mention needed (needs `messageContentIntent`). */
  askChannelIds: readonly string[];
  /** Every this many days, the period's questions and coverage gaps are posted in the corpus log channel; null: never. */
  gapsDigestDays: number | null;
  /** A members' channel where documents added to the coverage, or updated, are announced; null: none. */
  newCoverageChannelId: string | null;
  /** /corpus: where its change log and trash folder live, which private hosts it may fetch, where it posts changes. */
  corpus: CorpusAdminConfig;
}

export interface CorpusAdminConfig {
  dataDir: string;
  fetchAllowHosts: readonly string[];
  logChannelId: string | null;
  /** Every this many hours, the documents' links are fetched again and newer versions reported in `logChannelId`; null: never. */
  updateCheckHours: number | null;
  /** Whether a change made to the corpus folder by hand is reindexed by itself (after a few quiet seconds). */
  watch: boolean;
}

export interface Config {
  engine: EngineConfig;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export interface BotConfig extends Config {
  discord: DiscordConfig;
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');
const idList = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(snowflake));
const optionalString = z
  .string()
  .optional()
  .transform((s) => (s && s.trim() ? s.trim() : undefined));

const trueOrFalse = optionalString.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional());

/** An optional whole number from 1 to `max` (no more digits than `max` has), counted in `what`. */
function wholeNumber(max: number, what: string) {
  const message = `must be a whole number of ${what} (1–${max})`;
  return optionalString.pipe(
    z
      .string()
      .regex(new RegExp(`^\\d{1,${String(max).length}}$`), message)
      .transform(Number)
      .refine((n) => n >= 1 && n <= max, message)
      .optional(),
  );
}

const hostList = z
  .string()
  .optional()
  .transform((s) => (s ?? '').split(',').map((x) => x.trim().toLowerCase()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^[a-z0-9.:\[\]-]+$/, 'must be host names or IP addresses separated by commas')));

const engineSchema = z.object({
  CORPUS_DIR: optionalString,
  INDEX_DIR: optionalString,
  MODELS_DIR: optionalString,
  MODEL_CACHE_DIR: optionalString,
  EMBEDDING_MODEL: optionalString,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).optional(),
});

const discordSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: 'is missing: copy the bot token from the Developer Portal (Bot → Reset Token) into .env' })
    .min(50, 'does not look like a bot token: copy it again from the Developer Portal (Bot → Reset Token)'),
  DISCORD_CLIENT_ID: snowflake.or(z.undefined().refine(() => false, 'is missing: the Application ID from the Developer Portal (General Information)')),
  DISCORD_GUILD_ID: optionalString.pipe(snowflake.optional()),
  DISCORD_API_URL: optionalString.pipe(z.url('must be a URL such as https://discord.com/api').optional()),
  MOD_ROLE_IDS: idList,
  OWNER_IDS: idList,
  ALLOWED_GUILD_IDS: idList,
  FEEDBACK_FILE: optionalString,
  DATA_DIR: optionalString,
  QUESTION_LOG_USER_IDS: trueOrFalse,
  QUESTION_LOG_RETENTION_DAYS: wholeNumber(3650, 'days'),
  MESSAGE_CONTENT_INTENT: trueOrFalse,
  ASK_CHANNEL_IDS: idList,
  CORPUS_WATCH: trueOrFalse,
  RATE_LIMIT_PER_MINUTE: wholeNumber(600, 'questions per minute'),
  CORPUS_FETCH_ALLOW_HOSTS: hostList,
  CORPUS_LOG_CHANNEL_ID: optionalString.pipe(snowflake.optional()),
  NEW_COVERAGE_CHANNEL_ID: optionalString.pipe(snowflake.optional()),
  // At least an hour: each check fetches every document's page from its outlet.
  CORPUS_UPDATE_CHECK_HOURS: optionalString.pipe(
    z
      .string()
      .regex(/^\d{1,4}(?:\.\d+)?$/, 'must be a number of hours (1–720)')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 720, 'must be a number of hours (1–720)')
      .optional(),
  ),
  // The digest covers the days between two posts: at most a month, the question log's default retention.
  GAPS_DIGEST_DAYS: wholeNumber(30, 'days'),
}).refine((d) => d.CORPUS_UPDATE_CHECK_HOURS === undefined || d.CORPUS_LOG_CHANNEL_ID !== undefined, {
  path: ['CORPUS_UPDATE_CHECK_HOURS'],
  message: 'needs CORPUS_LOG_CHANNEL_ID: the channel where the newer versions it finds are reported',
}).refine((d) => d.ASK_CHANNEL_IDS.length === 0 || d.MESSAGE_CONTENT_INTENT === 'true', {
  path: ['ASK_CHANNEL_IDS'],
  message: 'needs MESSAGE_CONTENT_INTENT=true (and Bot → Message Content Intent turned on in the Developer Portal): without it Discord does not show the bot messages that do not mention it',
}).refine((d) => d.GAPS_DIGEST_DAYS === undefined || d.CORPUS_LOG_CHANNEL_ID !== undefined, {
  path: ['GAPS_DIGEST_DAYS'],
  message: 'needs CORPUS_LOG_CHANNEL_ID: the channel where the digest is posted',
});

/** An empty setting (`KEY=` in .env) means "not set", as users expect. */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined && v.trim() !== '') out[k] = v.trim();
  return out;
}

function resolveDir(value: string | undefined, fallback: string): string {
  return value ? path.resolve(PROJECT_ROOT, value) : fallback;
}

/** Every setting read from the environment (.env.example and the README's table list each once). */
export const SETTING_NAMES: readonly string[] = Object.freeze([...Object.keys(engineSchema.shape), ...Object.keys(discordSchema.shape)]);

function formatIssues(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'} ${issue.message}`);
  return `Invalid settings (see .env.example):\n${lines.join('\n')}`;
}

export function parseEngineConfig(
  env: Record<string, string | undefined>,
  defaultLogLevel: Config['logLevel'] = DEFAULTS.logLevel,
): Config {
  const parsed = engineSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) throw new UserError('BAD_CONFIG', { detail: formatIssues(parsed.error) });
  const e = parsed.data;
  return Object.freeze({
    engine: Object.freeze({
      corpusDir: resolveDir(e.CORPUS_DIR, DEFAULTS.corpusDir),
      indexDir: resolveDir(e.INDEX_DIR, DEFAULTS.indexDir),
      modelsDir: resolveDir(e.MODELS_DIR, DEFAULTS.modelsDir),
      cacheDir: resolveDir(e.MODEL_CACHE_DIR, DEFAULTS.cacheDir),
      embeddingModel: e.EMBEDDING_MODEL ?? DEFAULTS.embeddingModel,
    }),
    logLevel: e.LOG_LEVEL ?? defaultLogLevel,
  });
}

/** The data folder is DATA_DIR, else the folder the feedback file already lives in, else data/. */
function dataDirOf(d: { DATA_DIR?: string | undefined; FEEDBACK_FILE?: string | undefined }): string {
  if (d.DATA_DIR) return resolveDir(d.DATA_DIR, DEFAULTS.dataDir);
  if (d.FEEDBACK_FILE) return path.dirname(resolveDir(d.FEEDBACK_FILE, DEFAULTS.dataDir));
  return DEFAULTS.dataDir;
}

/**
 * The bot's data folder alone, as the bot reads it, for the health check: it needs no token (a
 * container's check runs with the bot's environment, but a monitoring host's may not have the secret).
 */
export function parseDataDir(env: Record<string, string | undefined>): string {
  const e = withoutEmpty(env);
  return dataDirOf({ DATA_DIR: e.DATA_DIR, FEEDBACK_FILE: e.FEEDBACK_FILE });
}

/** What `npm run add` needs of the bot's settings (no token): where the change log and trash live, and the hosts it may fetch from. */
export interface CorpusSettings {
  dataDir: string;
  fetchAllowHosts: readonly string[];
}

export function parseCorpusSettings(env: Record<string, string | undefined>): CorpusSettings {
  const parsed = z.object({ CORPUS_FETCH_ALLOW_HOSTS: hostList }).safeParse(withoutEmpty(env));
  if (!parsed.success) throw new UserError('BAD_CONFIG', { detail: formatIssues(parsed.error) });
  return Object.freeze({ dataDir: parseDataDir(env), fetchAllowHosts: Object.freeze(parsed.data.CORPUS_FETCH_ALLOW_HOSTS) });
}

export function parseBotConfig(env: Record<string, string | undefined>): BotConfig {
  const engineResult = engineSchema.safeParse(withoutEmpty(env));
  const discordResult = discordSchema.safeParse(withoutEmpty(env));
  const issues = [...(engineResult.error?.issues ?? []), ...(discordResult.error?.issues ?? [])];
  if (issues.length > 0 || !discordResult.success) {
    throw new UserError('BAD_CONFIG', { detail: formatIssues(new z.ZodError(issues)) });
  }
  const base = parseEngineConfig(env);
  const d = discordResult.data;
  const dataDir = dataDirOf(d);
  return Object.freeze({
    ...base,
    discord: Object.freeze({
      token: d.DISCORD_TOKEN,
      clientId: d.DISCORD_CLIENT_ID as string,
      guildId: d.DISCORD_GUILD_ID ?? null,
      apiUrl: (d.DISCORD_API_URL ?? DEFAULTS.discordApiUrl).replace(/\/+$/, ''),
      modRoleIds: Object.freeze([...d.MOD_ROLE_IDS]),
      ownerIds: Object.freeze([...d.OWNER_IDS]),
      allowedGuildIds: Object.freeze([...d.ALLOWED_GUILD_IDS]),
      dataDir,
      databaseFile: path.join(dataDir, DEFAULTS.databaseFileName),
      feedbackFile: resolveDir(d.FEEDBACK_FILE, path.join(dataDir, DEFAULTS.feedbackFileName)),
      questionLogUserIds: d.QUESTION_LOG_USER_IDS === 'true',
      questionLogRetentionDays: d.QUESTION_LOG_RETENTION_DAYS ?? DEFAULTS.questionLogRetentionDays,
      rateLimitPerMinute: d.RATE_LIMIT_PER_MINUTE ?? 6,
      corpus: Object.freeze({
        dataDir,
        fetchAllowHosts: Object.freeze([...d.CORPUS_FETCH_ALLOW_HOSTS]),
        logChannelId: d.CORPUS_LOG_CHANNEL_ID ?? null,
        updateCheckHours: d.CORPUS_UPDATE_CHECK_HOURS ?? null,
        watch: d.CORPUS_WATCH !== 'false',
      }),
      messageContentIntent: d.MESSAGE_CONTENT_INTENT === 'true',
      askChannelIds: Object.freeze([...d.ASK_CHANNEL_IDS]),
      gapsDigestDays: d.GAPS_DIGEST_DAYS ?? null,
      newCoverageChannelId: d.NEW_COVERAGE_CHANNEL_ID ?? null,
    }),
  });
}
