/**
 * A local stand-in for the Discord API, for end-to-end tests of the real discord.js Client:
 * an HTTP server for REST (under /api/v10) and a WebSocket gateway on the same 127.0.0.1 port.
 *
 * - discord.js asks `GET /api/v10/gateway/bot` for the gateway address (the Client's `rest.api`
 *   option points here), connects with `?v=10&encoding=json` (no zlib-stream unless the optional
 *   `zlib-sync` package is installed; the stand-in never compresses), and gets HELLO → IDENTIFY →
 *   READY → GUILD_CREATE. Heartbeats are acknowledged; RESUME is answered with RESUMED.
 * - Tests inject INTERACTION_CREATE and MESSAGE_CREATE dispatches and wait for the REST calls the
 *   bot makes in response. Every REST call is recorded (method, path, query, JSON body — also from
 *   multipart/form-data `payload_json` — and the names of attached files).
 * - Interaction callbacks behave like Discord's: a second acknowledgement is a 400 (code 40060),
 *   editing or following up before acknowledging is a 404 (Unknown Webhook); authenticated routes
 *   reject a wrong token with 401.
 * - Rate limits like Discord's: a global limit of 50 requests per second on every route except the
 *   interaction ones (`/interactions/:id/:token/callback`, `/webhooks/:app/:token…`), which Discord
 *   does not count; over it, 429 with `Retry-After`, `X-RateLimit-Global` and `X-RateLimit-Scope:
 *   global`. `rateLimitNext` makes chosen calls answer a per-route (or global) 429.
 * - Faults for start-up tests: `refuseTokens()` (every token is wrong: 401 and gateway close 4004),
 *   `hang()` (connections are accepted, nothing is ever answered).
 * Every wait is bounded; `stop()` closes sockets and the server.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocketServer, type WebSocket } from 'ws';
import {
  dmChannelObject,
  EVERYONE_PERMISSIONS,
  guildCreateObject,
  memberObject,
  messageObject,
  PERMISSIONS,
  textChannelObject,
  threadChannelObject,
  userObject,
  type Json,
  type JsonObject,
  type Persona,
  type RoleSpec,
} from './payloads.ts';
import { interactionToken, snowflake } from './snowflake.ts';

export interface RecordedCall {
  seq: number;
  method: string;
  /** Path after /api/v10, without the query string, e.g. `/channels/123/messages`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body (for multipart, the parsed `payload_json` part), or null. */
  body: any;
  contentType: string | null;
  files: { field: string; name: string; type: string; size: number }[];
  /** Whether an `Authorization: Bot <token>` header with the right token was sent. */
  authorized: boolean;
  /** performance.now() when the request (with its body) arrived. */
  at: number;
  status: number;
  /** The JSON the stand-in answered with (a posted message, with its id), when any. */
  response?: Json;
}

export interface GatewayConnection {
  query: Record<string, string>;
  identify: { intents: number; compress: boolean; shard: unknown; properties: unknown; presence?: unknown } | null;
  closeCode: number | null;
  socket: WebSocket;
  seq: number;
}

export interface InjectedInteraction {
  id: string;
  token: string;
  channelId: string;
  guildId: string | null;
  /** performance.now() when the dispatch was sent. */
  injectedAt: number;
  payload: JsonObject;
}

export interface InjectedMessage {
  id: string;
  channelId: string;
  guildId: string | null;
  injectedAt: number;
  payload: JsonObject;
  /** What it was injected with, for editing it. */
  options: InjectMessageOptions;
}

export interface InjectMessageOptions {
  content: string;
  author?: Persona;
  dm?: boolean;
  channelId?: string;
  replyTo?: JsonObject;
  ping?: boolean;
}

export type UserSpec = Persona;

export interface StandInOptions {
  token?: string;
  applicationId?: string;
  /** Heartbeat interval sent in HELLO (ms). */
  heartbeatIntervalMs?: number;
  /** Requests per second on non-interaction routes before a global 429 (Discord's: 50). */
  globalLimitPerSecond?: number;
}

/** A 429 to answer instead of handling a call. */
export interface RateLimitSpec {
  retryAfterMs: number;
  /** A global 429 (blocks every route of the bot) rather than one of the route's bucket. */
  global?: boolean;
}

/** Routes Discord does not count against the bot's global limit: interaction responses. */
export function isInteractionRoute(path: string): boolean {
  return /^\/interactions\/\d+\/[^/]+\/callback$/.test(path) || /^\/webhooks\/\d+\/[^/]+/.test(path);
}

const DEFAULT_TIMEOUT_MS = 5_000;

interface Waiter {
  predicate: (call: RecordedCall) => boolean;
  resolve: (call: RecordedCall) => void;
}

function randomToken(): string {
  const part = (n: number) =>
    Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'[Math.floor(Math.random() * 64)]).join('');
  return `${Buffer.from(snowflake()).toString('base64url')}.${part(6)}.${part(38)}`;
}

export class DiscordStandIn {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: Persona;
  /** How a member's message mentions the bot. */
  get botMention(): string {
    return `<@${this.botUser.id}>`;
  }
  readonly guild: {
    id: string;
    name: string;
    channelId: string;
    everyoneRoleId: string;
    modRoleId: string;
    adminRoleId: string;
  };
  /** alice: plain member; mod: has the moderator role; admin: Manage Server; owner: listed in OWNER_IDS, no roles. */
  readonly users: { alice: Persona; mod: Persona; admin: Persona; owner: Persona };
  readonly calls: RecordedCall[] = [];
  readonly connections: GatewayConnection[] = [];
  /** Messages the bot created or edited, by id. */
  readonly messages = new Map<string, JsonObject>();
  /** Threads by id: the bot's, started from a message (a thread takes its starter message's id), and members' (`startMemberThread`). */
  readonly threads = new Map<string, JsonObject>();
  /** Text channels besides #general (`addChannel`), with the permissions they deny the bot. */
  readonly channels = new Map<string, { channel: JsonObject; botDenied: bigint }>();
  /** Servers the bot left (DELETE /users/@me/guilds/:id). */
  readonly leftGuilds = new Set<string>();
  /** Commands registered through PUT, by scope ("global" or a guild id). */
  readonly registeredCommands = new Map<string, JsonObject[]>();

  readonly #server: Server;
  readonly #wss: WebSocketServer;
  readonly #sockets = new Set<Socket>();
  readonly #roles: RoleSpec[];
  readonly #personas: Persona[];
  readonly #dmChannels = new Map<string, string>();
  readonly #waiters = new Set<Waiter>();
  readonly #identifyWaiters = new Set<() => void>();
  /** Interaction state by token: acknowledged with which callback type, and its original message. */
  readonly #interactions = new Map<string, { id: string; channelId: string; guildId: string | null; acknowledged: number | null; flags: number; original: JsonObject | null }>();
  readonly #commandIds = new Map<string, string>();
  readonly #heartbeatIntervalMs: number;
  readonly #globalLimitPerSecond: number;
  /** The current one-second window of the global limit: when it began, requests counted in it. */
  #globalWindow = { start: -Infinity, count: 0 };
  readonly #rateLimits: { predicate: (call: RecordedCall) => boolean; spec: RateLimitSpec }[] = [];
  #tokensRefused = false;
  /** Privileged intents not enabled for the application: an IDENTIFY asking for one is closed with 4014. */
  #refusedIntents = 0n;
  #hanging = false;
  readonly #joinedAt = new Date().toISOString();
  #port = 0;
  #stopped = false;

  private constructor(options: StandInOptions) {
    this.token = options.token ?? randomToken();
    this.applicationId = options.applicationId ?? snowflake();
    this.#heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.#globalLimitPerSecond = options.globalLimitPerSecond ?? 50;
    this.botUser = { id: this.applicationId, username: 'Event QA', bot: true, roles: [] };
    const guildId = snowflake();
    this.guild = {
      id: guildId,
      name: 'Stand-in Server',
      channelId: snowflake(),
      everyoneRoleId: guildId,
      modRoleId: snowflake(),
      adminRoleId: snowflake(),
    };
    this.#roles = [
      { id: guildId, name: '@everyone', permissions: EVERYONE_PERMISSIONS, position: 0 },
      { id: this.guild.modRoleId, name: 'Moderator', permissions: 0n, position: 1 },
      { id: this.guild.adminRoleId, name: 'Server Admin', permissions: PERMISSIONS.ManageGuild, position: 2 },
    ];
    this.users = {
      alice: { id: snowflake(), username: 'alice', roles: [] },
      mod: { id: snowflake(), username: 'morgan-mod', roles: [this.guild.modRoleId] },
      admin: { id: snowflake(), username: 'ada-admin', roles: [this.guild.adminRoleId] },
      owner: { id: snowflake(), username: 'olive-owner', roles: [] },
    };
    this.#personas = [this.botUser, ...Object.values(this.users)];
    this.#server = createServer((req, res) => void this.#onRequest(req, res));
    this.#server.on('connection', (socket) => {
      this.#sockets.add(socket);
      socket.on('close', () => this.#sockets.delete(socket));
    });
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      if (this.#hanging) return;
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#onGateway(ws, req));
    });
  }

  static async start(options: StandInOptions = {}): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(options);
    await new Promise<void>((resolve, reject) => {
      standIn.#server.once('error', reject);
      standIn.#server.listen(0, '127.0.0.1', () => resolve());
    });
    standIn.#port = (standIn.#server.address() as AddressInfo).port;
    return standIn;
  }

  /** The value for DISCORD_API_URL (discord.js adds /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.#port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.#port}`;
  }

  // -------------------------------------------------------------------------------------------
  // Faults

  /** The next call matching `predicate` is answered with a 429 instead of being handled. */
  rateLimitNext(predicate: (call: RecordedCall) => boolean, spec: RateLimitSpec): void {
    this.#rateLimits.push({ predicate, spec });
  }

  /** From now on every token is wrong: authenticated REST routes answer 401, IDENTIFY is closed with 4004. */
  /** Privileged intents (bits) the application does not have turned on in the Developer Portal. */
  refuseIntents(bits: bigint): void {
    this.#refusedIntents = bits;
  }

  /** Close every gateway connection with `code`, as Discord does when it ends a session (4004: the token was reset). */
  closeGateway(code: number, reason: string): void {
    for (const connection of this.connections) if (connection.closeCode === null) connection.socket.close(code, reason);
  }

  refuseTokens(): void {
    this.#tokensRefused = true;
  }

  /** From now on connections are accepted and requests read, but nothing is ever answered. */
  hang(): void {
    this.#hanging = true;
  }

  #tokenAccepted(token: unknown): boolean {
    return !this.#tokensRefused && token === this.token;
  }

  // -------------------------------------------------------------------------------------------
  // Waiting

  /**
   * The first call (past or future) matching `predicate` that the stand-in did not refuse with a
   * 429: the bot waits a 429 out and sends the call again, so on a loaded machine, where the global
   * limit's window can catch any call, the one that landed is the one a test means. Rejects after
   * `timeoutMs`.
   */
  waitForCall(predicate: (call: RecordedCall) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS, label = 'matching REST call'): Promise<RecordedCall> {
    return this.#waitForRecorded((call) => call.status !== 429 && predicate(call), timeoutMs, label);
  }

  /** The first call matching `predicate` that the stand-in answered with a 429. */
  waitForRefusal(predicate: (call: RecordedCall) => boolean, timeoutMs = DEFAULT_TIMEOUT_MS, label = 'refused REST call'): Promise<RecordedCall> {
    return this.#waitForRecorded((call) => call.status === 429 && predicate(call), timeoutMs, label);
  }

  #waitForRecorded(predicate: (call: RecordedCall) => boolean, timeoutMs: number, label: string): Promise<RecordedCall> {
    const existing = this.calls.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const recent = this.calls.slice(-8).map((c) => `${c.method} ${c.path} → ${c.status}`);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${label}; last calls:\n  ${recent.join('\n  ') || '(none)'}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** Resolves after `ms` if no call matched `predicate` in the meantime (or before); rejects otherwise. */
  async expectNoCall(predicate: (call: RecordedCall) => boolean, ms: number, label = 'REST call'): Promise<void> {
    const found = await this.waitForCall(predicate, ms, label).then(
      (call) => call,
      () => null,
    );
    if (found) throw new Error(`unexpected ${label}: ${found.method} ${found.path}`);
  }

  /** The first IDENTIFY of a gateway connection. */
  waitForIdentify(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<GatewayConnection> {
    const done = () => this.connections.find((c) => c.identify);
    const existing = done();
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const check = () => {
        const connection = done();
        if (!connection) return;
        clearTimeout(timer);
        this.#identifyWaiters.delete(check);
        resolve(connection);
      };
      const timer = setTimeout(() => {
        this.#identifyWaiters.delete(check);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for IDENTIFY`));
      }, timeoutMs);
      this.#identifyWaiters.add(check);
    });
  }

  /** The calls the stand-in did not refuse with a 429: what a test counts (a refused call is sent again). */
  get landedCalls(): RecordedCall[] {
    return this.calls.filter((c) => c.status !== 429);
  }

  /**
   * The calls answered with an error ("METHOD path → status"), which a test of a bot that does
   * everything right expects none of. A 429 is not one: it is the stand-in's own limit, which the
   * bot waits out and retries.
   */
  failedCalls(): string[] {
    return this.calls.filter((c) => c.status >= 400 && c.status !== 429).map((c) => `${c.method} ${c.path} → ${c.status}`);
  }

  /** The calls made with an interaction's token or to its callback, in order. */
  callsFor(interaction: Pick<InjectedInteraction, 'id' | 'token'>): RecordedCall[] {
    return this.calls.filter((c) => c.path.includes(`/interactions/${interaction.id}/`) || c.path.includes(`/${interaction.token}`));
  }

  /** The original response message of an interaction, as Discord holds it now (for clicking its buttons). */
  originalMessage(interaction: Pick<InjectedInteraction, 'token'>): JsonObject {
    const original = this.#interactions.get(interaction.token)?.original;
    if (!original) throw new Error('that interaction has no original response message');
    return original;
  }

  /** The interaction callback (first response: reply, defer, autocomplete result). */
  waitForCallback(interaction: InjectedInteraction, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedCall> {
    const path = `/interactions/${interaction.id}/${interaction.token}/callback`;
    return this.waitForCall((c) => c.method === 'POST' && c.path === path, timeoutMs, `callback of interaction ${interaction.id}`);
  }

  /** The edit of the original (deferred) response. */
  waitForOriginalEdit(interaction: InjectedInteraction, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedCall> {
    const path = `/webhooks/${this.applicationId}/${interaction.token}/messages/@original`;
    return this.waitForCall((c) => c.method === 'PATCH' && c.path === path, timeoutMs, `edit of the response to ${interaction.id}`);
  }

  waitForFollowUp(interaction: InjectedInteraction, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedCall> {
    const path = `/webhooks/${this.applicationId}/${interaction.token}`;
    return this.waitForCall((c) => c.method === 'POST' && c.path === path, timeoutMs, `follow-up to ${interaction.id}`);
  }

  /** The bot's message posted in reply to an injected message. */
  waitForMessageReply(message: InjectedMessage, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<RecordedCall> {
    return this.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${message.channelId}/messages` && c.body?.message_reference?.message_id === message.id,
      timeoutMs,
      `reply to message ${message.id}`,
    );
  }

  // -------------------------------------------------------------------------------------------
  // Injecting events

  /** Send a dispatch (op 0) to every identified gateway connection. */
  dispatch(t: string, d: JsonObject): number {
    let sent = 0;
    for (const connection of this.connections) {
      if (!connection.identify || connection.closeCode !== null) continue;
      connection.socket.send(JSON.stringify({ op: 0, t, s: ++connection.seq, d }));
      sent++;
    }
    if (sent === 0) throw new Error(`no identified gateway connection to dispatch ${t} to`);
    return sent;
  }

  /**
   * The bot added to another server, as anyone holding its invite link can add it to one they
   * manage: a GUILD_CREATE for a new server with one channel and the bot as its only member.
   */
  joinGuild(name = "Stranger's Server"): { id: string; channelId: string } {
    const id = snowflake();
    const channelId = snowflake();
    const joinedAt = new Date().toISOString();
    this.dispatch('GUILD_CREATE', guildCreateObject({
      id,
      name,
      ownerId: snowflake(),
      roles: [{ id, name: '@everyone', permissions: EVERYONE_PERMISSIONS, position: 0 }],
      channels: [textChannelObject(channelId, id, 'general')],
      members: [memberObject(this.botUser, joinedAt)],
      joinedAt,
    }));
    return { id, channelId };
  }

  dmChannelId(user: Persona): string {
    let id = this.#dmChannels.get(user.id);
    if (!id) {
      id = snowflake();
      this.#dmChannels.set(user.id, id);
    }
    return id;
  }

  permissionsOf(user: Persona): bigint {
    let permissions = this.#roles[0]!.permissions;
    for (const role of this.#roles) if (user.roles?.includes(role.id)) permissions |= role.permissions;
    return permissions;
  }

  #commandId(name: string): string {
    let id = this.#commandIds.get(name);
    if (!id) {
      id = snowflake();
      this.#commandIds.set(name, id);
    }
    return id;
  }

  #interactionBase(type: number, user: Persona, dm: boolean, threadId?: string): { payload: JsonObject; injected: Omit<InjectedInteraction, 'payload' | 'injectedAt'> } {
    const id = snowflake();
    const token = interactionToken(id);
    const thread = threadId === undefined ? undefined : this.threads.get(threadId);
    const channelId = dm ? this.dmChannelId(user) : (thread?.id as string | undefined) ?? this.guild.channelId;
    const guildId = dm ? null : this.guild.id;
    const payload: JsonObject = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      channel_id: channelId,
      channel: dm ? dmChannelObject(channelId, user) : (thread ?? textChannelObject(channelId, this.guild.id, 'general')),
      ...(dm
        ? { user: userObject(user), context: 1, authorizing_integration_owners: { '0': this.guild.id } }
        : {
            guild_id: this.guild.id,
            guild: { id: this.guild.id, locale: 'en-US', features: [] },
            guild_locale: 'en-US',
            member: memberObject(user, this.#joinedAt, this.permissionsOf(user)),
            context: 0,
            authorizing_integration_owners: { '0': this.guild.id },
          }),
      app_permissions: (EVERYONE_PERMISSIONS | PERMISSIONS.EmbedLinks).toString(),
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10 * 1024 * 1024,
    };
    this.#interactions.set(token, { id, channelId, guildId, acknowledged: null, flags: 0, original: null });
    return { payload, injected: { id, token, channelId, guildId } };
  }

  #send(payload: JsonObject, injected: Omit<InjectedInteraction, 'payload' | 'injectedAt'>): InjectedInteraction {
    const injectedAt = performance.now();
    this.dispatch('INTERACTION_CREATE', payload);
    return { ...injected, payload, injectedAt };
  }

  static #options(options: Record<string, string | number | boolean>, focused?: string): JsonObject[] {
    return Object.entries(options).map(([name, value]) => ({
      name,
      type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3,
      value,
      ...(name === focused ? { focused: true } : {}),
    }));
  }

  /** Options inside a subcommand when one is named (type 1 option holding the others), as Discord sends them. */
  static #withSubcommand(subcommand: string | undefined, options: JsonObject[]): JsonObject[] {
    return subcommand ? [{ name: subcommand, type: 1, options }] : options;
  }

  /**
   * A user running a slash command (type 2 / chat input), in the guild's #general or in a DM.
   * `attachments` are attachment options (type 11): Discord sends their id as the value and the
   * file's metadata (name, size, type, CDN URL) under `resolved.attachments`.
   */
  injectSlashCommand(options: {
    name: string;
    subcommand?: string;
    options?: Record<string, string | number | boolean>;
    attachments?: Record<string, { filename: string; size: number; contentType?: string; url: string }>;
    user?: Persona;
    dm?: boolean;
  }): InjectedInteraction {
    const user = options.user ?? this.users.alice;
    const { payload, injected } = this.#interactionBase(2, user, options.dm ?? false);
    const resolved: Record<string, JsonObject> = {};
    const attachmentOptions = Object.entries(options.attachments ?? {}).map(([name, file]) => {
      const id = snowflake();
      resolved[id] = {
        id,
        filename: file.filename,
        size: file.size,
        url: file.url,
        proxy_url: file.url,
        ...(file.contentType ? { content_type: file.contentType } : {}),
        ephemeral: true,
      };
      return { name, type: 11, value: id };
    });
    payload.data = {
      id: this.#commandId(options.name),
      name: options.name,
      type: 1,
      options: DiscordStandIn.#withSubcommand(options.subcommand, [...DiscordStandIn.#options(options.options ?? {}), ...attachmentOptions]),
      ...(attachmentOptions.length ? { resolved: { attachments: resolved } } : {}),
      ...(options.dm ? {} : { guild_id: this.guild.id }),
    };
    return this.#send(payload, injected);
  }

  /**
   * A user choosing a command in a message's menu (Apps → …): an application command of type 3
   * (message) on `target` (a message object, e.g. an injected message's payload), which Discord
   * sends whole, content included, under `resolved.messages`.
   */
  injectMessageCommand(options: { name: string; target: JsonObject; user?: Persona; dm?: boolean }): InjectedInteraction {
    const user = options.user ?? this.users.alice;
    const { payload, injected } = this.#interactionBase(2, user, options.dm ?? false);
    const targetId = options.target.id as string;
    payload.data = {
      id: this.#commandId(options.name),
      name: options.name,
      type: 3,
      target_id: targetId,
      resolved: { messages: { [targetId]: options.target } },
      ...(options.dm ? {} : { guild_id: this.guild.id }),
    };
    return this.#send(payload, injected);
  }

  /** A user typing into an autocompleted option (type 4); `focused` names the option being typed. */
  injectAutocomplete(options: { name: string; subcommand?: string; focused: string; options: Record<string, string | number | boolean>; user?: Persona; dm?: boolean }): InjectedInteraction {
    const user = options.user ?? this.users.alice;
    const { payload, injected } = this.#interactionBase(4, user, options.dm ?? false);
    payload.data = {
      id: this.#commandId(options.name),
      name: options.name,
      type: 1,
      options: DiscordStandIn.#withSubcommand(options.subcommand, DiscordStandIn.#options(options.options, options.focused)),
    };
    return this.#send(payload, injected);
  }

  /**
   * A user clicking a button (type 3) on `message` (a message object the bot sent, e.g. from
   * `messages`); on a message in a thread, the interaction's channel is that thread.
   */
  injectButton(options: { customId: string; message: JsonObject; user?: Persona; dm?: boolean }): InjectedInteraction {
    const user = options.user ?? this.users.alice;
    const { payload, injected } = this.#interactionBase(3, user, options.dm ?? false, options.message.channel_id as string | undefined);
    payload.data = { custom_id: options.customId, component_type: 2 };
    payload.message = options.message;
    // Until the bot replies with a message of its own, "@original" is the message the button is on
    // (what DEFERRED_UPDATE_MESSAGE / UPDATE_MESSAGE and the edits after them change).
    this.#interactions.get(injected.token)!.original = options.message;
    return this.#send(payload, injected);
  }

  /**
   * A user posting a message: in #general (guild), in a thread (`channelId`) or in their DM with the
   * bot. Mentions in `content` are resolved like Discord does. `replyTo` makes it a reply to that
   * message, which pings its author unless `ping` is false (Discord's default is to ping).
   */
  injectMessage(options: InjectMessageOptions): InjectedMessage {
    const { payload, channelId, dm } = this.#memberMessage(options);
    const injectedAt = performance.now();
    this.dispatch('MESSAGE_CREATE', payload);
    return { id: payload.id as string, channelId, guildId: dm ? null : this.guild.id, injectedAt, payload, options };
  }

  /**
   * A text channel (or a voice one) in the guild whose overwrites deny the bot `botDenied` (0n: none), announced with
   * CHANNEL_CREATE to a connected bot (one made before the bot connects, as a setting names it, is
   * fetched by id). Sends there are refused, and embeds dropped, as Discord does for what is denied.
   */
  addChannel(name: string, botDenied: bigint, type: 'text' | 'voice' = 'text'): string {
    const id = snowflake();
    const channel = { ...textChannelObject(id, this.guild.id, name), ...(type === 'voice' ? { type: 2, bitrate: 64000, user_limit: 0 } : {}), permission_overwrites: [{ id: this.botUser.id, type: 1, allow: '0', deny: botDenied.toString() }] };
    this.channels.set(id, { channel, botDenied });
    if (this.connections.some((c) => c.identify && c.closeCode === null)) this.dispatch('CHANNEL_CREATE', channel);
    return id;
  }

  /** A member opens a thread of their own in a text channel (`addChannel`'s), announced with THREAD_CREATE; its id. */
  startMemberThread(parentId: string, owner: Persona = this.users.alice): string {
    const id = snowflake();
    const thread = threadChannelObject({ id, guildId: this.guild.id, parentId, ownerId: owner.id, name: `${owner.username}'s thread`, autoArchiveDuration: 1440 });
    this.threads.set(id, thread);
    this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return id;
  }

  /** The user edits a message they posted: MESSAGE_UPDATE with the whole message, as Discord sends it, mentions read anew. */
  editMessage(message: InjectedMessage, content: string): InjectedMessage {
    const options = { ...message.options, content };
    const { payload } = this.#memberMessage(options, message.id);
    payload.timestamp = message.payload.timestamp!;
    payload.edited_timestamp = new Date().toISOString();
    const injectedAt = performance.now();
    this.dispatch('MESSAGE_UPDATE', payload);
    return { ...message, injectedAt, payload, options };
  }

  /** The user deletes a message they posted: MESSAGE_DELETE, which carries only its ids. */
  deleteMessage(message: InjectedMessage): void {
    this.dispatch('MESSAGE_DELETE', { id: message.id, channel_id: message.channelId, ...(message.guildId ? { guild_id: message.guildId } : {}) });
  }

  /** A moderator deletes several messages of one channel at once: MESSAGE_DELETE_BULK, which carries only their ids. */
  deleteMessages(messages: readonly InjectedMessage[]): void {
    const first = messages[0]!;
    this.dispatch('MESSAGE_DELETE_BULK', { ids: messages.map((m) => m.id), channel_id: first.channelId, ...(first.guildId ? { guild_id: first.guildId } : {}) });
  }

  #memberMessage(options: InjectMessageOptions, id?: string): { payload: JsonObject; channelId: string; dm: boolean } {
    const author = options.author ?? this.users.alice;
    const dm = options.dm ?? false;
    const channelId = options.channelId ?? (dm ? this.dmChannelId(author) : this.guild.channelId);
    const mentionIds = [...options.content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1]!);
    const repliedAuthor = options.replyTo?.author as JsonObject | undefined;
    if (repliedAuthor && options.ping !== false) mentionIds.push(String(repliedAuthor.id));
    const mentions = [...new Set(mentionIds)].map((id) => {
      const persona = this.#personas.find((p) => p.id === id) ?? { id, username: `user-${id.slice(-4)}`, roles: [] };
      const user = userObject(persona);
      return dm ? user : { ...user, member: memberObject(persona, this.#joinedAt) };
    });
    const payload = messageObject({
      ...(id ? { id } : {}),
      channelId,
      guildId: dm ? null : this.guild.id,
      author: userObject(author),
      ...(dm ? {} : { member: { ...memberObject(author, this.#joinedAt), user: undefined } }),
      content: options.content,
      mentions: mentions as JsonObject[],
      mentionEveryone: !dm && /@(everyone|here)/.test(options.content) && (this.permissionsOf(author) & PERMISSIONS.MentionEveryone) !== 0n,
      channelType: dm ? 1 : this.threads.has(channelId) ? 11 : 0,
      ...(options.replyTo
        ? {
            type: 19,
            messageReference: { type: 0, message_id: options.replyTo.id, channel_id: channelId, ...(dm ? {} : { guild_id: this.guild.id }) },
            referencedMessage: options.replyTo,
          }
        : {}),
    });
    return { payload, channelId, dm };
  }

  // -------------------------------------------------------------------------------------------
  // Gateway

  #onGateway(socket: WebSocket, req: IncomingMessage): void {
    const url = new URL(req.url ?? '/', 'ws://127.0.0.1');
    const connection: GatewayConnection = { query: Object.fromEntries(url.searchParams), identify: null, closeCode: null, socket, seq: 0 };
    this.connections.push(connection);
    socket.on('close', (code) => {
      connection.closeCode = code;
    });
    socket.on('error', () => undefined);
    socket.on('message', (data, isBinary) => {
      if (isBinary) {
        socket.close(4002, 'Decode error: this stand-in speaks JSON text frames only');
        return;
      }
      let payload: { op: number; d: any };
      try {
        payload = JSON.parse(data.toString());
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      this.#onGatewayPayload(connection, payload);
    });
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.#heartbeatIntervalMs }, s: null, t: null }));
  }

  #onGatewayPayload(connection: GatewayConnection, payload: { op: number; d: any }): void {
    const { socket } = connection;
    switch (payload.op) {
      case 1: // heartbeat
        socket.send(JSON.stringify({ op: 11 }));
        return;
      case 2: {
        // identify
        if (connection.identify) {
          socket.close(4005, 'Already authenticated');
          return;
        }
        if (!this.#tokenAccepted(payload.d?.token)) {
          socket.close(4004, 'Authentication failed');
          return;
        }
        if ((BigInt(payload.d?.intents ?? 0) & this.#refusedIntents) !== 0n) {
          socket.close(4014, 'Disallowed intent(s).');
          return;
        }
        connection.identify = {
          intents: payload.d.intents,
          compress: Boolean(payload.d.compress),
          shard: payload.d.shard,
          properties: payload.d.properties,
          ...(payload.d.presence ? { presence: payload.d.presence } : {}),
        };
        this.#sendReady(connection);
        for (const waiter of [...this.#identifyWaiters]) waiter();
        return;
      }
      case 6: // resume
        if (!this.#tokenAccepted(payload.d?.token)) {
          socket.close(4004, 'Authentication failed');
          return;
        }
        connection.identify ??= { intents: 0, compress: false, shard: null, properties: null };
        socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++connection.seq, d: {} }));
        return;
      default:
        return; // presence / voice updates etc.: accepted, ignored
    }
  }

  #sendReady(connection: GatewayConnection): void {
    const sessionId = Buffer.from(snowflake()).toString('hex').slice(0, 32);
    const ready = {
      v: 10,
      user: { ...userObject(this.botUser), verified: true, mfa_enabled: false, flags: 0, email: null },
      guilds: [{ id: this.guild.id, unavailable: true }],
      session_id: sessionId,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard: connection.identify?.shard ?? [0, 1],
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ['["stand-in",{"micros":0}]'],
    };
    connection.socket.send(JSON.stringify({ op: 0, t: 'READY', s: ++connection.seq, d: ready }));
    const members = this.#personas.filter((p) => p.roles !== null).map((p) => memberObject(p, this.#joinedAt));
    const guild = guildCreateObject({
      id: this.guild.id,
      name: this.guild.name,
      ownerId: this.users.admin.id,
      roles: this.#roles,
      channels: [textChannelObject(this.guild.channelId, this.guild.id, 'general'), ...[...this.channels.values()].map((c) => c.channel)],
      members,
      joinedAt: this.#joinedAt,
    });
    connection.socket.send(JSON.stringify({ op: 0, t: 'GUILD_CREATE', s: ++connection.seq, d: guild }));
  }

  // -------------------------------------------------------------------------------------------
  // REST

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (this.#hanging) return; // the socket stays open until stop()
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const contentType = req.headers['content-type'] ?? null;
    const method = (req.method ?? 'GET').toUpperCase();
    const prefix = '/api/v10';
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname;
    const call: RecordedCall = {
      seq: this.calls.length + 1,
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: null,
      contentType,
      files: [],
      authorized: this.#tokenAccepted(req.headers.authorization?.replace(/^Bot /, '')),
      at,
      status: 0,
    };
    try {
      await this.#parseBody(call, raw, contentType);
    } catch (error) {
      return this.#finish(call, res, 400, { message: `Invalid body: ${(error as Error).message}`, code: 50109 });
    }
    if (!url.pathname.startsWith(prefix)) return this.#finish(call, res, 404, { message: '404: Not Found', code: 0 });
    const limited = this.#rateLimited(call);
    if (limited) return this.#finish(call, res, 429, limited.body, limited.headers);
    const [status, body] = this.#route(call);
    this.#finish(call, res, status, body);
  }

  /** A 429 for this call, Discord-style, or null: a queued `rateLimitNext`, else the global limit. */
  #rateLimited(call: RecordedCall): { body: Json; headers: Record<string, string> } | null {
    const queued = this.#rateLimits.findIndex((r) => r.predicate(call));
    if (queued >= 0) {
      const { spec } = this.#rateLimits.splice(queued, 1)[0]!;
      return spec.global ? DiscordStandIn.#globalLimit(spec.retryAfterMs) : DiscordStandIn.#routeLimit(call, spec.retryAfterMs);
    }
    if (isInteractionRoute(call.path)) return null;
    const window = this.#globalWindow;
    if (call.at - window.start >= 1000) {
      window.start = call.at;
      window.count = 0;
    }
    if (++window.count <= this.#globalLimitPerSecond) return null;
    return DiscordStandIn.#globalLimit(window.start + 1000 - call.at);
  }

  static #globalLimit(retryAfterMs: number): { body: Json; headers: Record<string, string> } {
    const seconds = (Math.ceil(retryAfterMs) / 1000).toFixed(3);
    return {
      body: { message: 'You are being rate limited.', retry_after: Number(seconds), global: true, code: 0 },
      headers: { 'retry-after': seconds, 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' },
    };
  }

  static #routeLimit(call: RecordedCall, retryAfterMs: number): { body: Json; headers: Record<string, string> } {
    const seconds = (Math.ceil(retryAfterMs) / 1000).toFixed(3);
    return {
      body: { message: 'You are being rate limited.', retry_after: Number(seconds), global: false, code: 0 },
      headers: {
        'retry-after': seconds,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': ((Date.now() + retryAfterMs) / 1000).toFixed(3),
        'x-ratelimit-reset-after': seconds,
        'x-ratelimit-bucket': Buffer.from(`${call.method} ${call.path}`).toString('hex').slice(0, 32),
        'x-ratelimit-scope': 'user',
      },
    };
  }

  async #parseBody(call: RecordedCall, raw: Buffer, contentType: string | null): Promise<void> {
    if (raw.length === 0) return;
    if (contentType?.startsWith('application/json')) {
      call.body = JSON.parse(raw.toString('utf8'));
    } else if (contentType?.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') call.body = JSON.parse(value);
          else (call.body ??= {})[field] = value;
        } else {
          call.files.push({ field, name: value.name, type: value.type, size: value.size });
        }
      }
    } else {
      call.body = raw.toString('utf8');
    }
  }

  #finish(call: RecordedCall, res: ServerResponse, status: number, body: Json | undefined, headers: Record<string, string> = {}): void {
    call.status = status;
    if (body !== undefined) call.response = body;
    this.calls.push(call);
    for (const waiter of [...this.#waiters]) if (waiter.predicate(call)) waiter.resolve(call);
    if (body === undefined) {
      res.writeHead(status, headers).end();
    } else {
      res.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
  }

  #route(call: RecordedCall): [number, Json | undefined] {
    const { method, path } = call;
    const unauthorized: [number, Json] = [401, { message: '401: Unauthorized', code: 0 }];
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      if (!call.authorized) return unauthorized;
      return [200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 } }];
    }
    if (method === 'GET' && path === '/gateway') return [200, { url: this.gatewayUrl }];

    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path)) && method === 'POST') {
      return this.#interactionCallback(m[1]!, m[2]!, call);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      return this.#webhook(method, m[1]!, m[2]!, m[3] ?? null, call);
    }

    if (!call.authorized) return unauthorized;

    if ((m = /^\/users\/@me\/guilds\/(\d+)$/.exec(path)) && method === 'DELETE') {
      const guildId = m[1]!;
      this.leftGuilds.add(guildId);
      // Discord then tells the gateway the bot is no longer in it.
      setImmediate(() => {
        if (this.connections.some((c) => c.identify && c.closeCode === null)) this.dispatch('GUILD_DELETE', { id: guildId });
      });
      return [204, undefined];
    }
    if (method === 'GET' && path === '/users/@me') return [200, { ...userObject(this.botUser), verified: true, flags: 0 }];
    if (method === 'GET' && path === '/applications/@me') {
      return [200, { id: this.applicationId, name: this.botUser.username, description: '', flags: 0, bot_public: true, bot_require_code_grant: false, verify_key: '0'.repeat(64), icon: null }];
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (m[1] !== this.applicationId) return [403, { message: 'Missing Access', code: 50001 }];
      const scope = m[2] ?? 'global';
      if (method === 'GET') return [200, (this.registeredCommands.get(scope) ?? []) as Json];
      if (method === 'PUT' && Array.isArray(call.body)) {
        const registered = (call.body as JsonObject[]).map((command) => ({
          ...command,
          id: this.#commandId(String(command.name)),
          application_id: this.applicationId,
          version: snowflake(),
          ...(m![2] ? { guild_id: m![2] } : {}),
        }));
        this.registeredCommands.set(scope, registered);
        return [200, registered as Json];
      }
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path)) && method === 'POST') {
      return this.#startThread(m[1]!, m[2]!, call);
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
      const message = this.messages.get(m[2]!);
      if (!message || message.channel_id !== m[1]) return [404, { message: 'Unknown Message', code: 10008 }];
      if (method === 'GET') return [200, message];
      const own = (message.author as JsonObject | undefined)?.id === this.botUser.id;
      if (method === 'PATCH') {
        if (!own) return [403, { message: 'Cannot edit a message authored by another user', code: 50005 }];
        for (const key of ['content', 'embeds', 'components'] as const) {
          if (call.body && key in call.body) message[key] = call.body[key];
        }
        message.edited_timestamp = new Date().toISOString();
        return [200, message];
      }
      if (method === 'DELETE') {
        // The bot here has no Manage Messages: it deletes its own messages only.
        if (!own) return [403, { message: 'Missing Permissions', code: 50013 }];
        this.messages.delete(m[2]!);
        return [204, undefined];
      }
      return [405, { message: '405: Method Not Allowed', code: 0 }];
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST') {
      const reference = call.body?.message_reference as JsonObject | undefined;
      const denied = this.channels.get(m[1]!)?.botDenied ?? 0n;
      if (denied & PERMISSIONS.ViewChannel) return [403, { message: 'Missing Access', code: 50001 }];
      // A reply needs to read the history it refers to.
      if (denied & PERMISSIONS.SendMessages || (reference && denied & PERMISSIONS.ReadMessageHistory)) return [403, { message: 'Missing Permissions', code: 50013 }];
      const message = messageObject({
        channelId: m[1]!,
        guildId: m[1] === this.guild.channelId || this.threads.has(m[1]!) || this.channels.has(m[1]!) ? this.guild.id : null,
        author: userObject(this.botUser),
        content: String(call.body?.content ?? ''),
        // Without Embed Links, Discord posts the message with its embeds silently dropped.
        embeds: denied & PERMISSIONS.EmbedLinks ? [] : (call.body?.embeds ?? []),
        components: call.body?.components ?? [],
        type: reference ? 19 : 0,
        ...(reference ? { messageReference: { ...reference, channel_id: m[1]! } } : {}),
      });
      this.messages.set(message.id as string, message);
      return [200, message];
    }
    if ((m = /^\/channels\/(\d+)\/typing$/.exec(path)) && method === 'POST') return [204, undefined];
    if ((m = /^\/channels\/(\d+)$/.exec(path)) && method === 'GET') {
      if (m[1] === this.guild.channelId) return [200, textChannelObject(m[1], this.guild.id, 'general')];
      const extra = this.channels.get(m[1]!);
      if (extra) return [200, extra.channel];
      const thread = this.threads.get(m[1]!);
      if (thread) return [200, thread];
      const owner = [...this.#dmChannels.entries()].find(([, id]) => id === m![1]);
      const persona = owner && this.#personas.find((p) => p.id === owner[0]);
      return persona ? [200, dmChannelObject(m[1]!, persona)] : [404, { message: 'Unknown Channel', code: 10003 }];
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = this.#personas.find((p) => p.id === call.body?.recipient_id) ?? { id: String(call.body?.recipient_id), username: 'someone', roles: null };
      return [200, dmChannelObject(this.dmChannelId(recipient), recipient)];
    }
    return [404, { message: '404: Not Found', code: 0 }];
  }

  /** Start a thread from a message, as Discord does: only in a server text channel, one per message. */
  #startThread(channelId: string, messageId: string, call: RecordedCall): [number, Json | undefined] {
    if (channelId !== this.guild.channelId) return [400, { message: 'Cannot execute action on this channel type', code: 50024 }];
    const message = this.messages.get(messageId);
    if (!message || message.channel_id !== channelId) return [404, { message: 'Unknown Message', code: 10008 }];
    if (this.threads.has(messageId)) return [400, { message: 'A thread has already been created for this message', code: 160004 }];
    const name = String(call.body?.name ?? '');
    if (name.length < 1 || name.length > 100) return [400, { message: 'Invalid Form Body', code: 50035, errors: { name: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH', message: 'Must be between 1 and 100 in length.' }] } } }];
    const thread = threadChannelObject({
      id: messageId,
      guildId: this.guild.id,
      parentId: channelId,
      ownerId: this.botUser.id,
      name,
      autoArchiveDuration: Number(call.body?.auto_archive_duration ?? 1440),
    });
    this.threads.set(messageId, thread);
    message.thread = thread;
    message.flags = Number(message.flags ?? 0) | 32; // HAS_THREAD
    return [201, thread];
  }

  #interactionCallback(id: string, token: string, call: RecordedCall): [number, Json | undefined] {
    const state = this.#interactions.get(token);
    if (!state || state.id !== id) return [404, { message: 'Unknown interaction', code: 10062 }];
    if (state.acknowledged !== null) return [400, { message: 'Interaction has already been acknowledged.', code: 40060 }];
    const type = Number(call.body?.type);
    state.acknowledged = type;
    state.flags = Number(call.body?.data?.flags ?? 0);
    if (type === 4 || type === 5) {
      state.original = messageObject({
        channelId: state.channelId,
        guildId: state.guildId,
        author: userObject(this.botUser),
        content: type === 4 ? String(call.body?.data?.content ?? '') : '',
        embeds: type === 4 ? (call.body?.data?.embeds ?? []) : [],
        components: type === 4 ? (call.body?.data?.components ?? []) : [],
        flags: state.flags | (type === 5 ? 128 : 0), // 128: loading ("thinking…")
        type: 20,
        webhookId: this.applicationId,
        applicationId: this.applicationId,
      });
      this.messages.set(state.original.id as string, state.original);
    }
    if (type === 7 && state.original) {
      // UPDATE_MESSAGE: the component's message is edited in place.
      for (const key of ['content', 'embeds', 'components'] as const) {
        if (call.body?.data && key in call.body.data) state.original[key] = call.body.data[key];
      }
      state.original.edited_timestamp = new Date().toISOString();
    }
    if (call.query.with_response !== 'true') return [204, undefined];
    return [
      200,
      {
        interaction: { id, type: 2, response_message_id: (state.original?.id as string) ?? null, response_message_loading: type === 5, response_message_ephemeral: (state.flags & 64) !== 0 },
        resource: { type, ...(state.original ? { message: state.original } : {}) },
      },
    ];
  }

  #webhook(method: string, appId: string, token: string, messageId: string | null, call: RecordedCall): [number, Json | undefined] {
    const state = this.#interactions.get(token);
    if (appId !== this.applicationId || !state || state.acknowledged === null || state.acknowledged === 8) {
      return [404, { message: 'Unknown Webhook', code: 10015 }];
    }
    if (messageId === null) {
      if (method !== 'POST') return [405, { message: '405: Method Not Allowed', code: 0 }];
      const message = messageObject({
        channelId: state.channelId,
        guildId: state.guildId,
        author: userObject(this.botUser),
        content: String(call.body?.content ?? ''),
        embeds: call.body?.embeds ?? [],
        components: call.body?.components ?? [],
        flags: Number(call.body?.flags ?? 0),
        webhookId: this.applicationId,
        applicationId: this.applicationId,
      });
      this.messages.set(message.id as string, message);
      return [200, message];
    }
    const target = messageId === '@original' ? state.original : (this.messages.get(messageId) ?? null);
    if (!target) return [404, { message: 'Unknown Message', code: 10008 }];
    if (method === 'GET') return [200, target];
    if (method === 'DELETE') {
      this.messages.delete(target.id as string);
      return [204, undefined];
    }
    if (method === 'PATCH') {
      for (const key of ['content', 'embeds', 'components'] as const) {
        if (call.body && key in call.body) target[key] = call.body[key];
      }
      target.flags = Number(target.flags ?? 0) & ~128; // no longer loading
      target.edited_timestamp = new Date().toISOString();
      return [200, target];
    }
    return [405, { message: '405: Method Not Allowed', code: 0 }];
  }

  // -------------------------------------------------------------------------------------------

  /** Close every gateway connection and the HTTP server; pending waits reject on their own timers. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    for (const connection of this.connections) {
      if (connection.closeCode === null) connection.socket.terminate();
    }
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
      for (const socket of this.#sockets) socket.destroy();
    });
  }
}
