/**
 * Every message the bot sends goes through here: payloads are cut to Discord's limits, mentions in
 * its text are made inert, and every send sets allowed mentions to none as well (an echoed
 * "@everyone" or a quoted role mention never pings, even where `allowed_mentions` is ignored).
 * The pure part (`fitPayload`, `fitChoices`) is tested on its own; the senders are thin.
 */
import {
  MessageFlags,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponent,
  type APIEmbed,
  type AutocompleteInteraction,
  type Client,
  type Message,
  type MessageComponentInteraction,
  type MessageMentionOptions,
  type RepliableInteraction,
  type SendableChannels,
} from 'discord.js';
import { neutraliseMentions } from './format/mentions.ts';
import { truncate } from './format/text.ts';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Nobody is pinged by anything the bot sends, including the member it replies to. */
export const NO_MENTIONS = Object.freeze({ parse: [], repliedUser: false }) satisfies MessageMentionOptions;

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/** What a handler wants to send, independent of how (reply, edit, follow-up, message reply). */
export interface ReplyPayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  /** Only the member who triggered the interaction sees it (ignored for message replies). */
  ephemeral?: boolean;
}

function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Text of any field of a message: mentions made inert, then cut to `max`. */
function fitText(text: string, max: number): string {
  return truncate(neutraliseMentions(text), max);
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = fitText(out.title, LIMITS.embedTitle);
  if (out.description !== undefined) out.description = fitText(out.description, LIMITS.embedDescription);
  if (out.footer) out.footer = { ...out.footer, text: fitText(out.footer.text, LIMITS.footerText) };
  if (out.author) out.author = { ...out.author, name: fitText(out.author.name, LIMITS.authorName) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((f) => ({
      ...f,
      name: fitText(f.name, LIMITS.fieldName) || '\u200b',
      value: fitText(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return out;
}

/**
 * Until all embeds fit in 6,000 characters: shrink descriptions (last embed first, keeping a few
 * words), then drop fields (last first), then drop embeds after the first, then cut what remains.
 */
function fitEmbedTotal(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.map((e) => ({ ...e, ...(e.fields ? { fields: [...e.fields] } : {}) }));
  const MIN_DESCRIPTION = 40;
  for (;;) {
    const excess = out.reduce((sum, e) => sum + embedLength(e), 0) - LIMITS.embedTotal;
    if (excess <= 0) return out;
    const shrinkable = out.findLastIndex((e) => (e.description?.length ?? 0) > MIN_DESCRIPTION);
    if (shrinkable >= 0) {
      const embed = out[shrinkable]!;
      embed.description = truncate(embed.description!, Math.max(MIN_DESCRIPTION, embed.description!.length - excess));
      continue;
    }
    const withFields = out.findLastIndex((e) => (e.fields?.length ?? 0) > 0);
    if (withFields >= 0) {
      out[withFields]!.fields!.pop();
      continue;
    }
    if (out.length > 1) {
      out.pop();
      continue;
    }
    const only = out[0]!;
    delete only.author;
    delete only.footer;
    only.description = '';
    only.title = truncate(only.title ?? '', LIMITS.embedTitle);
    return out;
  }
}

function fitComponents(rows: ButtonRow[]): ButtonRow[] {
  return rows.slice(0, LIMITS.actionRows).map((row) => ({
    ...row,
    components: row.components.slice(0, LIMITS.buttonsPerRow).map((button) => {
      if ('custom_id' in button && button.custom_id.length > LIMITS.customId) {
        throw new Error(`custom id longer than ${LIMITS.customId}: ${button.custom_id}`);
      }
      return 'label' in button && button.label !== undefined
        ? { ...button, label: fitText(button.label, LIMITS.buttonLabel) }
        : button;
    }),
  }));
}

/**
 * Cut a payload to Discord's limits (content 2,000; embed title 256, description 4,096, field 1,024,
 * 6,000 in all), every text made mention-free on the way: the one place echoed text leaves the bot.
 */
export function fitPayload(payload: ReplyPayload): ReplyPayload {
  const out: ReplyPayload = {};
  if (payload.content !== undefined) out.content = fitText(payload.content, LIMITS.content);
  if (payload.embeds) out.embeds = fitEmbedTotal(payload.embeds.slice(0, LIMITS.embeds).map(fitEmbed));
  if (payload.components) out.components = fitComponents(payload.components);
  if (payload.ephemeral) out.ephemeral = true;
  if (!out.content && (!out.embeds || out.embeds.length === 0)) out.content = '\u200b';
  return out;
}

/** Total characters of the embeds in a payload, as Discord counts them against 6,000. */
export function totalEmbedLength(payload: ReplyPayload): number {
  return (payload.embeds ?? []).reduce((sum, e) => sum + embedLength(e), 0);
}

/** At most 25 autocomplete choices, names and values within 100 characters, no duplicate values. */
export function fitChoices(suggestions: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const suggestion of suggestions) {
    const text = suggestion.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const value = text.length <= LIMITS.choiceValue ? text : text.slice(0, LIMITS.choiceValue).trimEnd();
    if (seen.has(value)) continue;
    seen.add(value);
    choices.push({ name: truncate(text, LIMITS.choiceName), value });
    if (choices.length === LIMITS.choices) break;
  }
  return choices;
}

// ---------------------------------------------------------------------------------------------
// Senders: the only places that call discord.js's reply methods.

function messageBody(payload: ReplyPayload) {
  const fitted = fitPayload(payload);
  return {
    content: fitted.content ?? '',
    embeds: fitted.embeds ?? [],
    components: fitted.components ?? [],
    allowedMentions: NO_MENTIONS,
    ephemeral: fitted.ephemeral === true,
  };
}

/** Acknowledge now, answer later (Discord's 3-second deadline); private when `ephemeral`. */
export async function deferInteraction(interaction: RepliableInteraction, ephemeral: boolean): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
}

/** Acknowledge a button now and edit the message it is on later (the buttons go once it is edited). */
export async function deferUpdate(interaction: MessageComponentInteraction): Promise<void> {
  if (interaction.deferred || interaction.replied) return;
  await interaction.deferUpdate();
}

/** Replace the message a button is on (its buttons included) right away. */
export async function updateMessage(interaction: MessageComponentInteraction, payload: ReplyPayload): Promise<void> {
  const { ephemeral: _ignored, ...body } = messageBody(payload);
  await interaction.update(body);
}

/**
 * Answer an interaction whatever state it is in: first reply, the edit of a deferred reply, or a
 * follow-up after a reply. (A deferred reply keeps the visibility chosen when deferring.)
 */
export async function replyToInteraction(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  const { ephemeral, ...body } = messageBody(payload);
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply(body);
  } else if (interaction.replied) {
    await interaction.followUp({ ...body, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  } else {
    await interaction.reply({ ...body, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
  }
}

/** Replace a deferred reply, as often as needed: a long task's progress line, then its outcome. */
export async function editDeferredReply(interaction: RepliableInteraction, payload: ReplyPayload): Promise<void> {
  const { ephemeral: _ignored, ...body } = messageBody(payload);
  await interaction.editReply(body);
}

/** Reply to a member's message (DM or mention), without pinging them. */
export async function replyToMessage(message: Message, payload: ReplyPayload): Promise<Message> {
  const { ephemeral: _ignored, ...body } = messageBody(payload);
  return message.reply({ ...body, failIfNotExists: false });
}

/** Replace one of the bot's own messages in the channel of `message` (its reply to a question since edited). */
export async function editReply(message: Message, replyId: string, payload: ReplyPayload): Promise<Message> {
  const { ephemeral: _ignored, ...body } = messageBody(payload);
  return message.channel.messages.edit(replyId, body);
}

/** Post a message of the bot's own in a channel or thread (not a reply). */
export async function sendToChannel(channel: SendableChannels, payload: ReplyPayload): Promise<Message> {
  const { ephemeral: _ignored, ...body } = messageBody(payload);
  return channel.send(body);
}

/** Answer an autocomplete request within Discord's limits. */
export async function respondWithChoices(interaction: AutocompleteInteraction, suggestions: readonly string[]): Promise<void> {
  if (interaction.responded) return;
  await interaction.respond(fitChoices(suggestions));
}

/** Autocomplete choices whose shown name differs from their value (e.g. a title for a document id). */
export async function respondWithNamedChoices(interaction: AutocompleteInteraction, choices: readonly { name: string; value: string }[]): Promise<void> {
  if (interaction.responded) return;
  const fitted = choices
    .filter((c) => c.value.length <= LIMITS.choiceValue && c.name.trim())
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: truncate(c.name.replace(/\s+/g, ' ').trim(), LIMITS.choiceName), value: c.value }));
  await interaction.respond(fitted);
}

/** Post a message in a channel the bot was told about in its settings (e.g. the corpus change log). */
export async function postToChannel(client: Client, channelId: string, payload: ReplyPayload): Promise<void> {
  const channel = await client.channels.fetch(channelId);
  if (!channel?.isSendable()) throw new Error(`channel ${channelId} is not one the bot can post in`);
  const { ephemeral: _ignored, ...body } = messageBody(payload);
  await channel.send(body);
}
