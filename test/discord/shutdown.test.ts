import { EventEmitter } from 'node:events';
import { expect, test } from 'vitest';
import { exitOnSignals } from '../../src/discord/shutdown.ts';
import { silentLogger } from '../../src/log.ts';

function fakeProcess() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  return { emitter, exits, target: { once: (s: 'SIGINT' | 'SIGTERM', l: () => void) => emitter.once(s, l), exit: (code: number) => void exits.push(code) } };
}

test('GIVEN SIGTERM (then SIGINT) THEN the bot is stopped once and the process exits 0', async () => {
  const { emitter, exits, target } = fakeProcess();
  let stops = 0;
  exitOnSignals(target, async () => void stops++, silentLogger);
  emitter.emit('SIGTERM');
  emitter.emit('SIGINT');
  await new Promise((r) => setImmediate(r));
  expect(stops).toBe(1);
  expect(exits).toEqual([0]);
});

test('GIVEN stopping fails THEN the process exits 1', async () => {
  const { emitter, exits, target } = fakeProcess();
  exitOnSignals(target, async () => { throw new Error('boom'); }, silentLogger);
  emitter.emit('SIGINT');
  await new Promise((r) => setImmediate(r));
  expect(exits).toEqual([1]);
});
