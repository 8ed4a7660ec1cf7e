/**
 * The only place that reads the environment: parsed once into a frozen, typed Config.
 * Every missing or malformed setting is reported at once, with how to fix it; values are never echoed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UserError } from './errors.ts';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const DEFAULTS = {
  corpusDir: path.join(PROJECT_ROOT, 'corpus'),
  indexDir: path.join(PROJECT_ROOT, '.index'),
  modelsDir: path.join(PROJECT_ROOT, 'models'),
  cacheDir: path.join(PROJECT_ROOT, '.cache', 'models'),
  feedbackFile: path.join(PROJECT_ROOT, 'data', 'feedback.jsonl'),
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
  feedbackFile: string;
  /** Questions per user per minute. */
  rateLimitPerMinute: number;
  /**
   * Whether the bot asks for the privileged Message Content intent, to read members' follow-ups in
   * its threads and replies to its answers without being mentioned.
   */
  messageContentIntent: boolean;
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
  FEEDBACK_FILE: optionalString,
  MESSAGE_CONTENT_INTENT: optionalString.pipe(z.enum(['true', 'false'], { error: 'must be true or false' }).optional()),
  RATE_LIMIT_PER_MINUTE: optionalString.pipe(
    z
      .string()
      .regex(/^\d{1,3}$/, 'must be a whole number of questions per minute (1–600)')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 600, 'must be a whole number of questions per minute (1–600)')
      .optional(),
  ),
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

export function parseBotConfig(env: Record<string, string | undefined>): BotConfig {
  const engineResult = engineSchema.safeParse(withoutEmpty(env));
  const discordResult = discordSchema.safeParse(withoutEmpty(env));
  const issues = [...(engineResult.error?.issues ?? []), ...(discordResult.error?.issues ?? [])];
  if (issues.length > 0 || !discordResult.success) {
    throw new UserError('BAD_CONFIG', { detail: formatIssues(new z.ZodError(issues)) });
  }
  const base = parseEngineConfig(env);
  const d = discordResult.data;
  return Object.freeze({
    ...base,
    discord: Object.freeze({
      token: d.DISCORD_TOKEN,
      clientId: d.DISCORD_CLIENT_ID as string,
      guildId: d.DISCORD_GUILD_ID ?? null,
      apiUrl: (d.DISCORD_API_URL ?? DEFAULTS.discordApiUrl).replace(/\/+$/, ''),
      modRoleIds: Object.freeze([...d.MOD_ROLE_IDS]),
      ownerIds: Object.freeze([...d.OWNER_IDS]),
      feedbackFile: resolveDir(d.FEEDBACK_FILE, DEFAULTS.feedbackFile),
      rateLimitPerMinute: d.RATE_LIMIT_PER_MINUTE ?? 6,
      messageContentIntent: d.MESSAGE_CONTENT_INTENT === 'true',
    }),
  });
}
