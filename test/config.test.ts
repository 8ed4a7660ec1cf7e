import { describe, expect, it } from 'vitest';
import path from 'node:path';
import fs from 'node:fs';
import { DEFAULTS, PROJECT_ROOT, SETTING_NAMES, parseBotConfig, parseCorpusSettings, parseDataDir, parseEngineConfig } from '../src/config.ts';

const TOKEN = 'x'.repeat(24) + '.' + 'y'.repeat(6) + '.' + 'z'.repeat(27);

describe('config', () => {
  it('GIVEN no settings THEN the engine uses the documented defaults', () => {
    const c = parseEngineConfig({});
    expect(c.engine.corpusDir).toBe(DEFAULTS.corpusDir);
    expect(c.engine.embeddingModel).toBe('Xenova/multi-qa-MiniLM-L6-cos-v1');
    expect(Object.isFrozen(c) && Object.isFrozen(c.engine)).toBe(true);
  });

  it('GIVEN empty values (KEY= in .env) THEN they count as unset', () => {
    expect(parseEngineConfig({ LOG_LEVEL: '', EMBEDDING_MODEL: ' ' }).engine.embeddingModel).toBe(DEFAULTS.embeddingModel);
    expect(() => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '' })).toThrow(/DISCORD_CLIENT_ID is missing/);
  });

  it('GIVEN several bad settings THEN all are reported at once, and the token value never', () => {
    let message = '';
    try {
      parseBotConfig({ DISCORD_TOKEN: 'short-secret', DISCORD_GUILD_ID: 'abc', LOG_LEVEL: 'loud', MOD_ROLE_IDS: '1,2' });
    } catch (e) {
      message = (e as Error).message;
    }
    for (const key of ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'LOG_LEVEL', 'MOD_ROLE_IDS']) expect(message).toContain(key);
    expect(message).not.toContain('short-secret');
  });

  it('GIVEN valid bot settings THEN ids are parsed into lists and the API URL loses its trailing slash', () => {
    const c = parseBotConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api/',
      MOD_ROLE_IDS: '123456789012345678, 223456789012345678',
    });
    expect(c.discord.modRoleIds).toEqual(['123456789012345678', '223456789012345678']);
    expect(c.discord.apiUrl).toBe('http://127.0.0.1:9999/api');
    expect(c.discord.guildId).toBeNull();
    expect(c.discord.allowedGuildIds).toEqual([]);
  });

  it('GIVEN ALLOWED_GUILD_IDS THEN the servers are a list of ids; anything else is refused by name', () => {
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' };
    expect(parseBotConfig({ ...base, ALLOWED_GUILD_IDS: '323456789012345678,423456789012345678' }).discord.allowedGuildIds).toEqual(['323456789012345678', '423456789012345678']);
    expect(() => parseBotConfig({ ...base, ALLOWED_GUILD_IDS: 'my-server' })).toThrow(/ALLOWED_GUILD_IDS/);
  });

  it.each(['0', '601', '999'])('GIVEN RATE_LIMIT_PER_MINUTE=%s THEN it is refused with the allowed range', (value) => {
    expect(() => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', RATE_LIMIT_PER_MINUTE: value })).toThrow(
      /RATE_LIMIT_PER_MINUTE.*1–600/,
    );
  });

  it.each([['1', 1], ['600', 600]])('GIVEN RATE_LIMIT_PER_MINUTE=%s THEN it is taken', (value, expected) => {
    const c = parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', RATE_LIMIT_PER_MINUTE: value });
    expect(c.discord.rateLimitPerMinute).toBe(expected);
  });

  it('GIVEN no /corpus settings THEN the data folder is data/, no private host is fetched, no channel is posted to, and the corpus folder is watched', () => {
    const c = parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' });
    expect(c.discord.corpus).toEqual({ dataDir: DEFAULTS.dataDir, fetchAllowHosts: [], logChannelId: null, updateCheckHours: null, watch: true });
  });

  it('GIVEN GAPS_DIGEST_DAYS with the log channel THEN the digest is on; without it, or out of range, THEN a message saying what it needs', () => {
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' };
    expect(parseBotConfig(base).discord.gapsDigestDays).toBeNull();
    expect(parseBotConfig({ ...base, GAPS_DIGEST_DAYS: '7', CORPUS_LOG_CHANNEL_ID: '123456789012345679' }).discord.gapsDigestDays).toBe(7);
    expect(() => parseBotConfig({ ...base, GAPS_DIGEST_DAYS: '7' })).toThrow(/GAPS_DIGEST_DAYS needs CORPUS_LOG_CHANNEL_ID: the channel where the digest is posted/);
    expect(() => parseBotConfig({ ...base, GAPS_DIGEST_DAYS: '45', CORPUS_LOG_CHANNEL_ID: '123456789012345679' })).toThrow(/GAPS_DIGEST_DAYS must be a whole number of days \(1–30\)/);
  });

  it('GIVEN NEW_COVERAGE_CHANNEL_ID THEN new coverage is announced there (none by default); GIVEN a channel name instead of its id THEN a message saying what it must be', () => {
    const base = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' };
    expect(parseBotConfig(base).discord.newCoverageChannelId).toBeNull();
    expect(parseBotConfig({ ...base, NEW_COVERAGE_CHANNEL_ID: ' 123456789012345679 ' }).discord.newCoverageChannelId).toBe('123456789012345679');
    expect(() => parseBotConfig({ ...base, NEW_COVERAGE_CHANNEL_ID: '#news' })).toThrow(/NEW_COVERAGE_CHANNEL_ID must be a Discord id \(17–20 digits\)/);
  });

  it('GIVEN CORPUS_WATCH=false THEN the folder is not watched; GIVEN another word THEN a message saying true or false', () => {
    expect(parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', CORPUS_WATCH: 'false' }).discord.corpus.watch).toBe(false);
    expect(() => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', CORPUS_WATCH: 'yes' })).toThrow(/CORPUS_WATCH must be true or false/);
  });

  it('GIVEN DATA_DIR, or only FEEDBACK_FILE, or neither THEN the health check reads the data folder the bot uses, with no token', () => {
    expect(parseDataDir({ DATA_DIR: '/srv/bot-data', FEEDBACK_FILE: '/elsewhere/feedback.jsonl' })).toBe('/srv/bot-data');
    expect(parseDataDir({ FEEDBACK_FILE: '/srv/old/feedback.jsonl' })).toBe('/srv/old');
    expect(parseDataDir({ DATA_DIR: '  ' })).toBe(DEFAULTS.dataDir);
    const env = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', FEEDBACK_FILE: '/srv/old/feedback.jsonl' };
    expect(parseDataDir(env)).toBe(parseBotConfig(env).discord.dataDir);
  });

  it('GIVEN /corpus settings THEN the allowed hosts are a lower-cased list and the log channel an id', () => {
    const c = parseBotConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '123456789012345678',
      CORPUS_FETCH_ALLOW_HOSTS: '127.0.0.1, Intranet.Example.org',
      CORPUS_LOG_CHANNEL_ID: '323456789012345678',
    });
    expect(c.discord.corpus.fetchAllowHosts).toEqual(['127.0.0.1', 'intranet.example.org']);
    expect(c.discord.corpus.logChannelId).toBe('323456789012345678');
    expect(() => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', CORPUS_LOG_CHANNEL_ID: '#news' })).toThrow(/CORPUS_LOG_CHANNEL_ID/);
    expect(() => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', CORPUS_FETCH_ALLOW_HOSTS: 'http://x/' })).toThrow(/CORPUS_FETCH_ALLOW_HOSTS/);
  });

  it('GIVEN an update check THEN it is a number of hours from 1 to 720, and needs the log channel it reports in', () => {
    const corpus = (env: Record<string, string>) => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', ...env }).discord.corpus;
    expect(corpus({ CORPUS_LOG_CHANNEL_ID: '323456789012345678', CORPUS_UPDATE_CHECK_HOURS: '6' }).updateCheckHours).toBe(6);
    expect(corpus({ CORPUS_LOG_CHANNEL_ID: '323456789012345678', CORPUS_UPDATE_CHECK_HOURS: '1.5' }).updateCheckHours).toBe(1.5);
    for (const hours of ['0.5', '0', '-3', 'daily', '721']) {
      expect(() => corpus({ CORPUS_LOG_CHANNEL_ID: '323456789012345678', CORPUS_UPDATE_CHECK_HOURS: hours })).toThrow('CORPUS_UPDATE_CHECK_HOURS must be a number of hours (1–720)');
    }
    expect(() => corpus({ CORPUS_UPDATE_CHECK_HOURS: '6' })).toThrow('CORPUS_UPDATE_CHECK_HOURS needs CORPUS_LOG_CHANNEL_ID: the channel where the newer versions it finds are reported');
  });

  describe('the question log', () => {
    const bot = (env: Record<string, string>) => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', ...env }).discord;

    it('GIVEN nothing set THEN data/bot.sqlite, no user ids, 30 days, the old feedback file beside it', () => {
      const d = bot({});
      expect(d.databaseFile).toBe(path.join(PROJECT_ROOT, 'data', 'bot.sqlite'));
      expect(d.feedbackFile).toBe(path.join(PROJECT_ROOT, 'data', 'feedback.jsonl'));
      expect(d.questionLogUserIds).toBe(false);
      expect(d.questionLogRetentionDays).toBe(30);
    });

    it('GIVEN only FEEDBACK_FILE THEN the database lives in the folder the feedback file uses', () => {
      const d = bot({ FEEDBACK_FILE: '/srv/bot/votes.jsonl' });
      expect(d.databaseFile).toBe('/srv/bot/bot.sqlite');
      expect(d.feedbackFile).toBe('/srv/bot/votes.jsonl');
    });

    it('GIVEN DATA_DIR, user ids and a retention THEN they are taken', () => {
      const d = bot({ DATA_DIR: '/var/lib/qa', QUESTION_LOG_USER_IDS: 'true', QUESTION_LOG_RETENTION_DAYS: '90' });
      expect(d.databaseFile).toBe('/var/lib/qa/bot.sqlite');
      expect(d.feedbackFile).toBe('/var/lib/qa/feedback.jsonl');
      expect(d.questionLogUserIds).toBe(true);
      expect(d.questionLogRetentionDays).toBe(90);
    });

    it.each([['QUESTION_LOG_RETENTION_DAYS', '0'], ['QUESTION_LOG_RETENTION_DAYS', 'a month'], ['QUESTION_LOG_USER_IDS', 'yes']])('GIVEN %s=%s THEN it is refused saying what is allowed', (key, value) => {
      expect(() => bot({ [key]: value })).toThrow(new RegExp(`${key} must be`));
    });
  });

  it.each([[undefined, false], ['false', false], ['true', true]])('GIVEN MESSAGE_CONTENT_INTENT=%s THEN the intent is asked for: %s', (value, expected) => {
    const c = parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', MESSAGE_CONTENT_INTENT: value });
    expect(c.discord.messageContentIntent).toBe(expected);
  });

  it('GIVEN MESSAGE_CONTENT_INTENT=yes THEN it is refused, saying true or false', () => {
    expect(() => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', MESSAGE_CONTENT_INTENT: 'yes' })).toThrow(/MESSAGE_CONTENT_INTENT.*true or false/);
  });

  it('GIVEN ASK_CHANNEL_IDS THEN its channels; without MESSAGE_CONTENT_INTENT=true it is refused, saying why; GIVEN one that is no id THEN refused', () => {
    const bot = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' };
    expect(parseBotConfig({ ...bot, MESSAGE_CONTENT_INTENT: 'true', ASK_CHANNEL_IDS: ' 223456789012345678, 323456789012345678 ' }).discord.askChannelIds).toEqual(['223456789012345678', '323456789012345678']);
    expect(parseBotConfig(bot).discord.askChannelIds).toEqual([]);
    expect(() => parseBotConfig({ ...bot, ASK_CHANNEL_IDS: '223456789012345678' })).toThrow(/ASK_CHANNEL_IDS needs MESSAGE_CONTENT_INTENT=true .*Discord does not show the bot messages that do not mention it/);
    expect(() => parseBotConfig({ ...bot, MESSAGE_CONTENT_INTENT: 'true', ASK_CHANNEL_IDS: '#questions' })).toThrow(/ASK_CHANNEL_IDS/);
  });
});

describe('what npm run add reads of the bot settings (no token needed)', () => {
  it('GIVEN DATA_DIR and CORPUS_FETCH_ALLOW_HOSTS THEN the bot folder and hosts; GIVEN a host list that is none THEN refused naming the setting', () => {
    expect(parseCorpusSettings({ DATA_DIR: 'var/data', CORPUS_FETCH_ALLOW_HOSTS: ' 127.0.0.1, Intranet.local ' })).toEqual({ dataDir: path.resolve(PROJECT_ROOT, 'var/data'), fetchAllowHosts: ['127.0.0.1', 'intranet.local'] });
    expect(parseCorpusSettings({}).fetchAllowHosts).toEqual([]);
    expect(() => parseCorpusSettings({ CORPUS_FETCH_ALLOW_HOSTS: 'http://intranet/' })).toThrow(/CORPUS_FETCH_ALLOW_HOSTS\.0 must be host names or IP addresses separated by commas/);
  });
});

describe('the settings documented', () => {
  it('.env.example sets every setting once, and nothing that is not one', () => {
    const keys = fs.readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8').split('\n').flatMap((line) => /^([A-Z_]+)=/.exec(line)?.[1] ?? []);
    expect([...keys].sort()).toEqual([...SETTING_NAMES].sort());
  });

  it("the README's Settings table has a row for every setting", () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const rows = new Set(readme.split('\n').flatMap((line) => /^\| `([A-Z_]+)` \|/.exec(line)?.[1] ?? []));
    expect(SETTING_NAMES.filter((name) => !rows.has(name))).toEqual([]);
  });
});
