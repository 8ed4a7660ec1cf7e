/** Waits longer than Node's timers hold (the update check at up to 720 hours, the gaps digest at up to 30 days), on fake timers. */
import { describe, expect, test, vi } from 'vitest';
import { setLongTimeout } from '../../src/discord/long-timeout.ts';

describe('long waits', () => {
  test('GIVEN a wait longer than a timer holds (24.8 days) THEN it fires once, after the whole wait, not at once (a plain setTimeout fires at once); cleared, never', () => {
    vi.useFakeTimers();
    try {
      let fired = 0;
      const DAY = 86_400_000;
      setLongTimeout(() => fired++, 30 * DAY);
      vi.advanceTimersByTime(29 * DAY);
      expect(fired).toBe(0);
      vi.advanceTimersByTime(DAY);
      expect(fired).toBe(1);
      vi.advanceTimersByTime(60 * DAY);
      expect(fired).toBe(1);
      const cleared = setLongTimeout(() => fired++, 26 * DAY);
      vi.advanceTimersByTime(25 * DAY);
      cleared.clear();
      vi.advanceTimersByTime(5 * DAY);
      expect(fired).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
