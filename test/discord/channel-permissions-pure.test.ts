import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { channelFitness, missingPermissionsNote } from '../../src/discord/channel-permissions.ts';

const all = [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.SendMessages, PermissionFlagsBits.SendMessagesInThreads, PermissionFlagsBits.ReadMessageHistory, PermissionFlagsBits.EmbedLinks];
const without = (...denied: bigint[]) => new PermissionsBitField(all.filter((p) => !denied.includes(p)));

describe('whether the bot can answer in a channel', () => {
  it('GIVEN every permission an answer needs THEN it answers', () => {
    expect(channelFitness(without(), false)).toEqual({ cannotReply: false, missing: [] });
  });

  it('GIVEN no Send Messages, no View Channel or no Read Message History THEN it cannot reply; in a thread it is Send Messages in Threads that counts', () => {
    for (const p of [PermissionFlagsBits.SendMessages, PermissionFlagsBits.ViewChannel, PermissionFlagsBits.ReadMessageHistory]) expect(channelFitness(without(p), false).cannotReply).toBe(true);
    expect(channelFitness(without(PermissionFlagsBits.SendMessages), true).cannotReply).toBe(false);
    expect(channelFitness(without(PermissionFlagsBits.SendMessagesInThreads), true).cannotReply).toBe(true);
  });

  it('GIVEN no Embed Links THEN it can reply, to say so; Administrator has everything; unknown permissions are taken as enough', () => {
    expect(channelFitness(without(PermissionFlagsBits.EmbedLinks), false)).toEqual({ cannotReply: false, missing: ['Embed Links'] });
    expect(channelFitness(new PermissionsBitField(PermissionFlagsBits.Administrator), false)).toEqual({ cannotReply: false, missing: [] });
    expect(channelFitness(null, false)).toEqual({ cannotReply: false, missing: [] });
    expect(missingPermissionsNote(['Embed Links'])).toContain('I need the **Embed Links** permission here');
  });
});
