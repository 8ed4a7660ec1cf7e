import { PermissionFlagsBits } from 'discord.js';
import { describe, expect, test } from 'vitest';
import { decideModerator, type Actor } from '../../src/discord/permissions.ts';

const policy = { modRoleIds: ['111111111111111111'], ownerIds: ['999999999999999999'] };
const member = (overrides: Partial<Actor> = {}): Actor => ({ userId: '123456789012345678', inGuild: true, permissions: PermissionFlagsBits.SendMessages, roleIds: [], ...overrides });

describe('decideModerator', () => {
  test('GIVEN a plain member THEN refused as not a moderator', () => {
    expect(decideModerator(member(), policy)).toEqual({ allowed: false, reason: 'not-moderator' });
  });
  test('GIVEN Manage Server THEN allowed', () => {
    expect(decideModerator(member({ permissions: PermissionFlagsBits.ManageGuild }), policy)).toEqual({ allowed: true, reason: 'manage-guild' });
  });
  test('GIVEN Administrator THEN allowed (it implies every permission)', () => {
    expect(decideModerator(member({ permissions: PermissionFlagsBits.Administrator }), policy).allowed).toBe(true);
  });
  test('GIVEN a role listed in MOD_ROLE_IDS THEN allowed', () => {
    expect(decideModerator(member({ roleIds: ['5', '111111111111111111'] }), policy)).toEqual({ allowed: true, reason: 'mod-role' });
  });
  test('GIVEN an owner in a server without moderator rights THEN refused (server rules apply in servers)', () => {
    expect(decideModerator(member({ userId: '999999999999999999' }), policy).allowed).toBe(false);
  });
  test('GIVEN a DM from an owner THEN allowed; from anyone else THEN refused as not an owner', () => {
    expect(decideModerator({ userId: '999999999999999999', inGuild: false, permissions: null, roleIds: [] }, policy)).toEqual({ allowed: true, reason: 'owner' });
    expect(decideModerator({ userId: '123456789012345678', inGuild: false, permissions: null, roleIds: [] }, policy)).toEqual({ allowed: false, reason: 'not-owner' });
  });
  test('GIVEN no owners configured THEN nobody may in DMs', () => {
    expect(decideModerator({ userId: '999999999999999999', inGuild: false, permissions: null, roleIds: [] }, { modRoleIds: [], ownerIds: [] }).allowed).toBe(false);
  });
});
