/**
 * Two bot processes on one token, as Discord sees them: both connections receive every interaction,
 * and the second to answer it is told it was already acknowledged (40060). The real discord.js
 * client twice against the stand-in, each with its own data folder (one folder is refused at start:
 * instance-lock.ts).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { ANSWERED_ELSEWHERE_WARN_EVERY_MS } from '../../src/discord/handlers/interaction.ts';
import { startHarness, type Harness } from './harness.ts';

const WARNING = 'another connection answered this interaction first: is a second bot running with this token?';
let h: Harness<any> | undefined;
let twin: Harness<any> | undefined;
afterEach(async () => {
  await twin?.stop();
  await h?.stop();
  h = twin = undefined;
});

const records = (lines: readonly string[]) => lines.map((line) => JSON.parse(line) as { level: string; msg: string; what?: string });

async function settled(ms = 300): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

describe('a second bot on the same token', () => {
  test('GIVEN both connected WHEN a member asks THEN one answers; the other warns that a second bot runs with this token, once an hour, and sends no apology', async () => {
    let clock = 1_000_000;
    const now = () => clock;
    h = await startHarness({ now });
    // Its own data folder: one folder takes one bot (instance-lock.ts).
    twin = await startHarness({ now, standIn: h.standIn });
    const all = () => [...records(h!.logLines), ...records(twin!.logLines)];

    const asked = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    await h.standIn.waitForOriginalEdit(asked, 10_000);
    for (const deadline = Date.now() + 10_000; !all().some((l) => l.msg === WARNING) && Date.now() < deadline; ) await settled(25);
    await settled();
    const warnings = all().filter((l) => l.msg === WARNING);
    expect(warnings).toEqual([expect.objectContaining({ level: 'warn', what: '/ask' })]);
    // Both acknowledged (the second refused with 40060), and nothing more: no apology after it.
    const callbacks = h.standIn.callsFor(asked).filter((c) => c.path.endsWith('/callback'));
    expect(callbacks.map((c) => c.status).sort()).toEqual([204, 400]);
    expect(h.standIn.callsFor(asked).filter((c) => c.status >= 400)).toHaveLength(1);
    expect(all().filter((l) => l.level === 'error')).toEqual([]);

    // Each process warns once an hour, and logs the rest at debug: which of the two loses a race is Discord's choice.
    const asks = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const before = all().filter((l) => l.msg === WARNING).length;
        const interaction = h!.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
        await h!.standIn.waitForOriginalEdit(interaction, 10_000);
        for (const deadline = Date.now() + 10_000; all().filter((l) => l.msg === WARNING).length === before && Date.now() < deadline; ) await settled(25);
      }
      return all().filter((l) => l.msg === WARNING);
    };
    clock += 60_000;
    const withinTheHour = await asks(4);
    expect(withinTheHour).toHaveLength(5);
    const warned = withinTheHour.filter((l) => l.level === 'warn').length;
    expect(warned).toBeLessThanOrEqual(2);
    clock += ANSWERED_ELSEWHERE_WARN_EVERY_MS;
    const after = await asks(4);
    expect(after).toHaveLength(9);
    expect(after.filter((l) => l.level === 'warn').length - warned).toBeGreaterThanOrEqual(1);
    expect(all().filter((l) => l.level === 'error')).toEqual([]);
  });

  test('GIVEN one bot alone THEN no interaction is answered twice and nothing is warned', async () => {
    h = await startHarness();
    const asked = h.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
    await h.standIn.waitForOriginalEdit(asked, 10_000);
    await settled();
    expect(records(h.logLines).filter((l) => l.msg === WARNING)).toEqual([]);
    expect(h.standIn.failedCalls()).toEqual([]);
  });
});
