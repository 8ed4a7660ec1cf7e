import { describe, expect, test } from 'vitest';
import { createLogger, maskTokens } from '../src/log.ts';

// Shaped like a bot token (24.6.38 base64url characters), assembled here so no token-shaped text is tracked.
const BOT_TOKEN = ['x'.repeat(24), 'y'.repeat(6), 'z'.repeat(38)].join('.');

function capture(format?: 'json' | 'pretty', level: 'debug' | 'info' = 'debug') {
  const lines: string[] = [];
  return { lines, logger: createLogger(level, (line) => lines.push(line), format) };
}

describe('JSON lines (stderr not a terminal)', () => {
  test('GIVEN fields and an error THEN one JSON object per line with time, level, msg, the fields and the error', () => {
    const { lines, logger } = capture();
    logger.warn('gateway disconnected', { code: 1006, error: new Error('socket hang up') });
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record).toMatchObject({ level: 'warn', msg: 'gateway disconnected', code: 1006, error: { name: 'Error', message: 'socket hang up' } });
    expect(record.error.stack).toContain('socket hang up');
    expect(new Date(record.time).toISOString()).toBe(record.time);
  });
  test('GIVEN a level below the threshold THEN nothing is written', () => {
    const { lines, logger } = capture(undefined, 'info');
    logger.debug('noise');
    expect(lines).toEqual([]);
  });
});

describe('readable lines (stderr a terminal)', () => {
  test('GIVEN fields THEN time, level and message, then key=value pairs, strings with spaces quoted', () => {
    const { lines, logger } = capture('pretty');
    logger.info('discord client ready', { user: 'Event QA', guilds: 3 });
    const plain = lines[0]!.replace(/\x1b\[[0-9;]*m/g, '');
    expect(plain).toMatch(/^\d\d:\d\d:\d\d INFO  discord client ready {2}user="Event QA" guilds=3$/);
  });
  test('GIVEN control characters in a value THEN they are escaped, never sent to the terminal', () => {
    const { lines, logger } = capture('pretty');
    logger.info('answered', { question: '\x1b[31mred\x07' });
    expect(lines[0]).not.toContain('\x1b[31m');
    expect(lines[0]).not.toContain('\x07');
    expect(lines[0]).toContain('\\u001b[31mred');
  });
  test('GIVEN an error at error level THEN its message on the line and its stack indented below', () => {
    const { lines, logger } = capture('pretty');
    logger.error('handler failed', { error: new TypeError('boom') });
    const [first, ...rest] = lines[0]!.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
    expect(first).toContain('error="TypeError: boom"');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest[0]).toMatch(/^\s+at /);
  });
});

describe('tokens never reach the log', () => {
  test('GIVEN a field named like a secret THEN its value is redacted', () => {
    const { lines, logger } = capture();
    logger.info('settings', { token: BOT_TOKEN, DISCORD_TOKEN: BOT_TOKEN });
    expect(lines[0]).not.toContain(BOT_TOKEN);
    expect(JSON.parse(lines[0]!)).toMatchObject({ token: '[redacted]', DISCORD_TOKEN: '[redacted]' });
  });
  test('GIVEN a bot token or an interaction token inside a message or an error THEN it is masked, in both formats', () => {
    for (const format of ['json', 'pretty'] as const) {
      const { lines, logger } = capture(format);
      const interactionToken = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpzZWNyZXQ';
      logger.error(`login with ${BOT_TOKEN} failed`, { error: new Error(`PATCH /webhooks/123456789012345678/${interactionToken}/messages/@original: 404`) });
      expect(lines[0]).not.toContain(BOT_TOKEN);
      expect(lines[0]).not.toContain(interactionToken);
      expect(lines[0]).toContain('/webhooks/123456789012345678/[token]/messages');
    }
  });
  test('GIVEN ordinary text with dots THEN nothing is masked', () => {
    expect(maskTokens('sheinbaum-trump-call.md v1.2.3 e.g. https://example.com/a.b.c')).toBe('sheinbaum-trump-call.md v1.2.3 e.g. https://example.com/a.b.c');
  });
});
