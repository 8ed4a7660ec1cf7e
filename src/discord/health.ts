/**
 * Whether the bot is well, judged from the heartbeat it writes in its data folder (heartbeat.ts):
 * for a supervisor that can only run a command — Docker's HEALTHCHECK, a monitoring cron — and
 * cannot see into the process. A heartbeat that stopped coming means a process gone or an event
 * loop stuck; one that says the gateway is down means a bot that answers nothing.
 */

export const HEARTBEAT_FILE = 'heartbeat.json';

/** How often the running bot rewrites its heartbeat. */
export const HEARTBEAT_EVERY_MS = 15_000;

export interface Heartbeat {
  /** Always 1 for now: a newer bot writing another layout is told apart. */
  version: 1;
  pid: number;
  startedAt: number;
  writtenAt: number;
  /**
   * "starting" while the bot loads its answer engine (before Discord is reached; `startedAt` is when
   * the process began loading);
   * "connected" while every gateway shard is ready; "stopped" once the bot has shut down.
   */
  gateway: 'starting' | 'connected' | 'connecting' | 'stopped';
  /** Since when the gateway has not been ready (null while it is). */
  notConnectedSince: number | null;
  /** The gateway's heartbeat round trip in ms (discord.js's ping), -1 before the first one. */
  pingMs: number;
  guilds: number;
}

export interface HealthLimits {
  /** A heartbeat older than this means the process is gone or stuck (four missed writes). */
  staleAfterMs: number;
  /** A gateway down for longer than this is a fault; discord.js's own reconnects take seconds. */
  disconnectedAfterMs: number;
  /** A start (loading the model, a first index build) taking longer than this is stuck. */
  startingAfterMs: number;
}

export const DEFAULT_HEALTH_LIMITS: HealthLimits = { staleAfterMs: 4 * HEARTBEAT_EVERY_MS, disconnectedAfterMs: 120_000, startingAfterMs: 15 * 60_000 };

export interface HealthVerdict {
  healthy: boolean;
  /** One line saying why, with what to look at when it is not. */
  line: string;
}

const seconds = (ms: number) => `${Math.max(0, Math.round(ms / 1000))} s`;

/** Reads a heartbeat file's text; null when it is not one (cut short, or another program's file). */
export function parseHeartbeat(text: string): Heartbeat | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const h = value as Partial<Heartbeat> | null;
  if (!h || h.version !== 1 || typeof h.writtenAt !== 'number' || typeof h.startedAt !== 'number') return null;
  if (!['starting', 'connected', 'connecting', 'stopped'].includes(h.gateway as string)) return null;
  return h as Heartbeat;
}

/** The verdict on `heartbeat` (null: no readable heartbeat file) at `now`. */
export function judgeHealth(heartbeat: Heartbeat | null, now: number, limits: HealthLimits = DEFAULT_HEALTH_LIMITS): HealthVerdict {
  if (!heartbeat) return { healthy: false, line: 'unhealthy: no heartbeat from the bot (is it running, with this DATA_DIR?)' };
  const age = now - heartbeat.writtenAt;
  if (heartbeat.gateway === 'stopped') {
    return { healthy: false, line: `unhealthy: the bot stopped ${seconds(age)} ago (its log says why)` };
  }
  if (age > limits.staleAfterMs) {
    if (heartbeat.gateway === 'starting') return { healthy: false, line: `unhealthy: no heartbeat for ${seconds(age)} while it was starting (process ${heartbeat.pid} gone or stuck; its log says where it stopped)` };
    return { healthy: false, line: `unhealthy: no heartbeat for ${seconds(age)} (process ${heartbeat.pid} gone or stuck; its log may say why)` };
  }
  if (heartbeat.gateway === 'starting') {
    const loading = now - heartbeat.startedAt;
    if (loading > limits.startingAfterMs) return { healthy: false, line: `unhealthy: still starting after ${seconds(loading)} (process ${heartbeat.pid} is running: its log says where it is)` };
    return { healthy: false, line: `starting: loading the answer engine (for ${seconds(loading)}); not answering yet` };
  }
  if (heartbeat.gateway !== 'connected') {
    const down = now - (heartbeat.notConnectedSince ?? heartbeat.startedAt);
    if (down > limits.disconnectedAfterMs) {
      return { healthy: false, line: `unhealthy: not connected to Discord for ${seconds(down)} (the log says why: network, or Discord's status page)` };
    }
    return { healthy: true, line: `healthy: connecting to Discord (for ${seconds(down)}), heartbeat ${seconds(age)} ago` };
  }
  const ping = heartbeat.pingMs >= 0 ? `, gateway ping ${heartbeat.pingMs} ms` : '';
  const servers = `${heartbeat.guilds} server${heartbeat.guilds === 1 ? '' : 's'}`;
  return { healthy: true, line: `healthy: connected to Discord (${servers}${ping}), heartbeat ${seconds(age)} ago, up ${seconds(now - heartbeat.startedAt)}` };
}
