import { describe, expect, test } from 'vitest';
import { decodeButtonId, encodeButtonId } from '../../src/discord/custom-ids.ts';

describe('button custom ids', () => {
  test('GIVEN an action and a snowflake key THEN they round-trip in well under 100 characters', () => {
    for (const action of ['more', 'context', 'up', 'down', 'follow'] as const) {
      const id = encodeButtonId({ action, key: '1234567890123456789' });
      expect(id.length).toBeLessThan(40);
      expect(decodeButtonId(id)).toEqual({ action, key: '1234567890123456789' });
    }
  });
  test('GIVEN anything else THEN null', () => {
    for (const id of ['', 'qa', 'qa:more', 'qa:delete:1', 'xx:more:1', 'qa:more:1:2', 'qa:more:bad key']) expect(decodeButtonId(id)).toBeNull();
  });
  test('GIVEN an invalid key THEN encoding refuses', () => {
    expect(() => encodeButtonId({ action: 'more', key: 'a:b' })).toThrow();
  });
});
