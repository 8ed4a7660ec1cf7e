/** SIGINT / SIGTERM: stop the bot once, then exit 0 (1 if stopping failed). */
import type { Logger } from '../log.ts';

export interface SignalTarget {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  exit(code: number): void;
}

export function exitOnSignals(target: SignalTarget, stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => () => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    stop().then(
      () => target.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { error });
        target.exit(1);
      },
    );
  };
  target.once('SIGINT', onSignal('SIGINT'));
  target.once('SIGTERM', onSignal('SIGTERM'));
}
