/** The schedule of a task run every so often (the update check, the gaps digest): pure delays, and the task itself on fake timers. */
import { describe, expect, it, vi } from 'vitest';
import { FIRST_CHECK_MIN_DELAY_MS, nextCheckDelay, startPeriodicTask } from '../../src/discord/periodic-task.ts';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-02-01T12:00:00Z');

describe('when the task runs next', () => {
  it('GIVEN no check before THEN an interval after the start', () => {
    expect(nextCheckDelay(null, 6 * HOUR, NOW)).toBe(6 * HOUR);
  });

  it('GIVEN a check an hour ago (the bot restarted) THEN an interval after that check, not after the restart', () => {
    expect(nextCheckDelay(NOW - HOUR, 6 * HOUR, NOW)).toBe(5 * HOUR);
  });

  it('GIVEN a check overdue THEN a minute after the start; a last check in the future (the clock set back) THEN no later than an interval', () => {
    expect(nextCheckDelay(NOW - 30 * HOUR, 6 * HOUR, NOW)).toBe(FIRST_CHECK_MIN_DELAY_MS);
    expect(nextCheckDelay(NOW + 50 * HOUR, 6 * HOUR, NOW)).toBe(6 * HOUR);
  });
});

describe('startPeriodicTask', () => {
  it('GIVEN a task that records when it ran THEN it runs an interval after each run, one at a time, and never after stop()', async () => {
    vi.useFakeTimers({ now: NOW });
    try {
      let lastRunAt: number | null = null;
      const runs: number[] = [];
      let release: () => void = () => {};
      const task = startPeriodicTask(
        () =>
          new Promise<void>((resolve) => {
            runs.push(Date.now());
            release = () => {
              lastRunAt = Date.now();
              resolve();
            };
          }),
        { intervalMs: 6 * HOUR, lastRunAt: () => lastRunAt, now: Date.now },
      );
      await vi.advanceTimersByTimeAsync(6 * HOUR - 1);
      expect(runs).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(runs).toEqual([NOW + 6 * HOUR]);
      // Asked to run now while it runs: the same run is awaited, not a second one.
      const now = task.runNow();
      expect(runs).toHaveLength(1);
      release();
      await now;
      await vi.advanceTimersByTimeAsync(6 * HOUR);
      expect(runs).toEqual([NOW + 6 * HOUR, NOW + 12 * HOUR]);
      release();
      task.stop();
      await vi.advanceTimersByTimeAsync(48 * HOUR);
      expect(runs).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
