/**
 * A task run every so often while the bot runs (the update check, the gaps digest), on a schedule
 * that outlives restarts: the next run is an interval after the last one the task recorded, not
 * after the start, but never within a minute of it (the bot comes up first). One run at a time.
 */
import { setLongTimeout, type LongTimeout } from './long-timeout.ts';

export interface PeriodicTask {
  /** Run now (a run already going is awaited instead). */
  runNow(): Promise<void>;
  stop(): void;
}

/** A fresh start waits at least this long before its first run. */
export const FIRST_CHECK_MIN_DELAY_MS = 60_000;

/** How long until the next run: an interval after the last one, but not before the bot has settled (a run overdue comes a minute after the start). Pure. */
export function nextCheckDelay(lastRunAt: number | null, intervalMs: number, now: number): number {
  const due = lastRunAt === null ? now + intervalMs : lastRunAt + intervalMs;
  return Math.min(intervalMs, Math.max(FIRST_CHECK_MIN_DELAY_MS, due - now));
}

/** Starts `task` (which handles its own failures) every `intervalMs` after `lastRunAt()`. */
export function startPeriodicTask(task: () => Promise<void>, options: { intervalMs: number; lastRunAt: () => number | null; now: () => number }): PeriodicTask {
  let running: Promise<void> | null = null;
  let timer: LongTimeout | null = null;
  let stopped = false;
  const runNow = () => {
    running ??= task().finally(() => (running = null));
    return running;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setLongTimeout(() => void runNow().then(schedule, schedule), nextCheckDelay(options.lastRunAt(), options.intervalMs, options.now()));
  };
  schedule();
  return {
    runNow,
    stop: () => {
      stopped = true;
      timer?.clear();
    },
  };
}
