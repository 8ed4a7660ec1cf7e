/**
 * setTimeout for waits of any length: Node's timers hold at most 2^31−1 ms (24.8 days) and fire at
 * once, with only a warning, for anything longer — a 30-day update check or digest would then run
 * in a loop. Longer waits are made of shorter ones. Unref'd: a wait never keeps the process alive.
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface LongTimeout {
  clear(): void;
}

export function setLongTimeout(callback: () => void, ms: number): LongTimeout {
  let timer: NodeJS.Timeout;
  const wait = (left: number) => {
    timer = setTimeout(() => (left > MAX_TIMEOUT_MS ? wait(left - MAX_TIMEOUT_MS) : callback()), Math.min(left, MAX_TIMEOUT_MS));
    timer.unref();
  };
  wait(Math.max(0, ms));
  return { clear: () => clearTimeout(timer) };
}
