import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseBotConfig, parseEngineConfig } from '../src/config.ts';

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

  it.each([[undefined, false], ['false', false], ['true', true]])('GIVEN MESSAGE_CONTENT_INTENT=%s THEN the intent is asked for: %s', (value, expected) => {
    const c = parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', MESSAGE_CONTENT_INTENT: value });
    expect(c.discord.messageContentIntent).toBe(expected);
  });

  it('GIVEN MESSAGE_CONTENT_INTENT=yes THEN it is refused, saying true or false', () => {
    expect(() => parseBotConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', MESSAGE_CONTENT_INTENT: 'yes' })).toThrow(/MESSAGE_CONTENT_INTENT.*true or false/);
  });
});
