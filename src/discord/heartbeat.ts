/**
 * The running bot's heartbeat: `heartbeat.json` in the data folder, rewritten every 15 s with the
 * gateway's state, and marked stopped at a clean stop. `npm run health` (scripts/healthcheck.ts)
 * judges it (health.ts). Written from the event loop, so a loop stuck on something stops it too.
 */
import path from 'node:path';
import { Events, Status, type Client } from 'discord.js';
import { replaceFile } from '../file-system.ts';
import type { Logger } from '../log.ts';
import { HEARTBEAT_EVERY_MS, HEARTBEAT_FILE, type Heartbeat } from './health.ts';

export interface StartingHeartbeat {
  /**
   * Writes no more: the Discord client's heartbeat takes over, or — `failed` — a last one says the
   * start failed ("stopped", never "starting" for ever). Resolves once the last write is done.
   */
  stop(failed?: boolean): Promise<void>;
}

/**
 * "starting" while the bot loads its answer engine, before there is a Discord client: a health check
 * then says so rather than "no heartbeat (is it running?)". Rewritten every 15 s like the client's, so
 * that a process that dies while it loads (killed, out of memory) reads as gone within a minute,
 * however long a first index build of a large corpus may take.
 */
export function startStartingHeartbeat(options: { dataDir: string; logger: Logger; now: () => number }): StartingHeartbeat {
  const { now } = options;
  const write = heartbeatWrites(path.join(options.dataDir, HEARTBEAT_FILE), options.logger);
  const startedAt = now();
  let last = Promise.resolve();
  const beat = () => {
    last = write({ startedAt, writtenAt: now(), gateway: 'starting', notConnectedSince: startedAt, pingMs: -1, guilds: 0 });
  };
  beat();
  const timer = setInterval(beat, HEARTBEAT_EVERY_MS);
  timer.unref();
  return {
    stop(failed = false) {
      clearInterval(timer);
      if (failed) last = write({ startedAt, writtenAt: now(), gateway: 'stopped', notConnectedSince: startedAt, pingMs: -1, guilds: 0 });
      return last;
    },
  };
}

/** This process's heartbeat, written over the last one in a single step (a reader never sees half). */
function writeHeartbeat(file: string, state: Omit<Heartbeat, 'version' | 'pid'>): Promise<void> {
  const heartbeat: Heartbeat = { version: 1, pid: process.pid, ...state };
  return replaceFile(file, `${JSON.stringify(heartbeat)}\n`);
}

/**
 * Heartbeats written one at a time (a slow disk must not let an older one land after a newer one);
 * a run of failures warned of once, and its end said. `write` resolves when that heartbeat is
 * written or has failed.
 */
function heartbeatWrites(file: string, logger: Logger): (state: Omit<Heartbeat, 'version' | 'pid'>) => Promise<void> {
  let writing: Promise<void> = Promise.resolve();
  let failing = false;
  return (state) => {
    writing = writing
      .then(() => writeHeartbeat(file, state))
      .then(
        () => {
          if (failing) logger.info('heartbeat written again', { file });
          failing = false;
        },
        (error: unknown) => {
          // Once per run of failures: the health check will say "no heartbeat" meanwhile.
          if (!failing) logger.warn('could not write the heartbeat: the health check will report the bot unhealthy', { file, error });
          failing = true;
        },
      );
    return writing;
  };
}

export interface HeartbeatWriter {
  /** Writes a last heartbeat saying the bot stopped, and writes no more. */
  stop(): Promise<void>;
}

export function startHeartbeat(client: Client, options: { dataDir: string; logger: Logger; now: () => number }): HeartbeatWriter {
  const { now } = options;
  const write = heartbeatWrites(path.join(options.dataDir, HEARTBEAT_FILE), options.logger);
  const startedAt = now();
  let notConnectedSince: number | null = null;
  let last = Promise.resolve();
  let stopped = false;

  const snapshot = (gateway: Heartbeat['gateway']) => ({
    startedAt,
    writtenAt: now(),
    gateway,
    notConnectedSince,
    // discord.js averages over its shards: NaN before there is one.
    pingMs: Number.isFinite(client.ws.ping) ? Math.round(client.ws.ping) : -1,
    guilds: client.guilds.cache.size,
  });
  const beat = () => {
    const shards = [...client.ws.shards.values()];
    const connected = shards.length > 0 && shards.every((shard) => shard.status === Status.Ready);
    if (connected) notConnectedSince = null;
    else notConnectedSince ??= now();
    last = write(snapshot(connected ? 'connected' : 'connecting'));
  };

  const onChange = () => {
    if (!stopped) beat();
  };
  // A change of the gateway's state is written at once, not up to 15 s later.
  const changes = [Events.ClientReady, Events.ShardReady, Events.ShardResume, Events.ShardDisconnect, Events.ShardReconnecting] as const;
  for (const event of changes) client.on(event, onChange);
  beat();
  const timer = setInterval(beat, HEARTBEAT_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      if (stopped) return last;
      stopped = true;
      clearInterval(timer);
      for (const event of changes) client.off(event, onChange);
      return (last = write(snapshot('stopped')));
    },
  };
}
