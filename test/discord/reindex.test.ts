/**
 * End to end: /reindex is for moderators only (checked at run time as well as by
 * default_member_permissions), reports what changed, and says why when it fails.
 */
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { startHarness, type Harness } from './harness.ts';
import { fixedPassageEngine, type FixedPassageEngine } from './fixtures/fixed-passage-engine.ts';
import type { InjectedInteraction } from './stand-in/server.ts';

let h: Harness<FixedPassageEngine>;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

async function expectRefused(interaction: InjectedInteraction, text: string) {
  const callback = await h.standIn.waitForCallback(interaction);
  expect(callback.body.type).toBe(4);
  expect(callback.body.data.flags).toBe(MessageFlags.Ephemeral);
  expect(callback.body.data.content).toContain(text);
  expect(h.standIn.callsFor(interaction)).toHaveLength(1);
}

describe('refused', () => {
  test('a member without Manage Server or a moderator role gets a private refusal and nothing is reindexed', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'reindex', user: h.standIn.users.alice });
    await expectRefused(interaction, 'Only moderators');
    expect(h.engine.calls.reindex).toBe(0);
  });

  test('in a DM, anyone not in OWNER_IDS is refused — even a server moderator', async () => {
    const interaction = h.standIn.injectSlashCommand({ name: 'reindex', user: h.standIn.users.admin, dm: true });
    await expectRefused(interaction, "only the bot's owners");
    expect(h.engine.calls.reindex).toBe(0);
  });
});

describe('allowed', () => {
  test.each([
    ['a member with a role in MOD_ROLE_IDS', () => ({ user: h.standIn.users.mod, dm: false })],
    ['a member with Manage Server', () => ({ user: h.standIn.users.admin, dm: false })],
    ['an owner in a DM', () => ({ user: h.standIn.users.owner, dm: true })],
  ])('%s reindexes and gets a private report of what changed', async (_, who) => {
    const before = h.engine.calls.reindex;
    const interaction = h.standIn.injectSlashCommand({ name: 'reindex', ...who() });
    const callback = await h.standIn.waitForCallback(interaction);
    expect(callback.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    const edit = await h.standIn.waitForOriginalEdit(interaction);
    expect(h.engine.calls.reindex).toBe(before + 1);
    const embed = edit.body.embeds[0];
    expect(embed.title).toBe('Reindexed in 1.3 s');
    expect(embed.description).toBe('2 documents changed, 0 unchanged.\nEmbedded 31 sentences; the index now holds 57 sentences.');
    expect(embed.fields).toEqual([
      { name: 'Added (1)', value: '• new-briefing.md' },
      { name: 'Changed (1)', value: '• sheinbaum-trump-call.md' },
      { name: 'Skipped (1)', value: '• notes.bin: binary file' },
    ]);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('progress', () => {
  test('a running reindex shows its phase at once, then at most one line every 2 s (none here: the clock stands still), and the report last', async () => {
    const slow = await startHarness({
      engine: fixedPassageEngine({ reindexProgress: [['Reading the corpus', 1, 3], ['Reading the corpus', 2, 3], ['Embedding sentences (identical ones once)', 1_200, 4_000]] }),
      now: () => Date.parse('2026-01-13T10:00:00Z'),
    });
    try {
      const interaction = slow.standIn.injectSlashCommand({ name: 'reindex', user: slow.standIn.users.admin });
      const original = `/webhooks/${slow.standIn.applicationId}/${interaction.token}/messages/@original`;
      await slow.standIn.waitForCall((c) => c.method === 'PATCH' && c.path === original && /Reindexed|Added|unchanged/i.test(JSON.stringify(c.body)), undefined, 'the report');
      const edits = slow.standIn.calls.filter((c) => c.method === 'PATCH' && c.path === original);
      expect(edits).toHaveLength(2);
      expect(edits[0]!.body.content).toBe('⏳ Reindexing — Reading the corpus: 1 of 3 (33%). Answers keep coming from the current index meanwhile.');
      expect(edits[1]!.body.content ?? '').not.toContain('⏳');
    } finally {
      await slow.stop();
    }
  });
});

describe('failures', () => {
  test('a failed reindex says why (the old index keeps serving) and answers keep coming', async () => {
    const failing = await startHarness({
      engine: fixedPassageEngine({ reindex: new UserError('REINDEX_FAILED', { detail: 'corpus/briefing.md could not be read' }) }),
    });
    try {
      const interaction = failing.standIn.injectSlashCommand({ name: 'reindex', user: failing.standIn.users.admin });
      const edit = await failing.standIn.waitForOriginalEdit(interaction);
      expect(edit.body.content).toBe('Reindexing failed, so the previous index keeps serving: corpus/briefing.md could not be read');
      const next = failing.standIn.injectSlashCommand({ name: 'ask', options: { question: 'How long was the call?' } });
      await failing.standIn.waitForOriginalEdit(next);
    } finally {
      await failing.stop();
    }
  });

  test('an unexpected reindex error is logged, and the moderator told it failed without internals', async () => {
    const failing = await startHarness({ engine: fixedPassageEngine({ reindex: new Error('ENOSPC: disk full at /secret/path') }) });
    try {
      const interaction = failing.standIn.injectSlashCommand({ name: 'reindex', user: failing.standIn.users.mod });
      const edit = await failing.standIn.waitForOriginalEdit(interaction);
      expect(edit.body.content).toContain('Reindexing failed, so the previous index keeps serving');
      expect(edit.body.content).not.toContain('/secret/path');
      expect(failing.logLines.some((l) => l.includes('"reindex failed"') && l.includes('ENOSPC'))).toBe(true);
    } finally {
      await failing.stop();
    }
  });
});

test('Discord accepted every REST call the bot made (no double acknowledgement, no unknown webhook)', () => {
  expect(h.standIn.failedCalls()).toEqual([]);
});
