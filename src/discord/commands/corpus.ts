/**
 * /corpus add | update | list | remove | restore — moderators keep the coverage current from Discord. Same rule as
 * /reindex, enforced twice: default_member_permissions = Manage Server at registration, and
 * `requireModerator` (reindex.ts) when the command runs and again when its button is pressed.
 */
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
} from 'discord.js';
import { MAX_BATCH_LINKS } from '../../corpus/admin/corpus-admin.ts';
import { UserError } from '../../errors.ts';
import type { BotContext } from '../context.ts';
import { addableOf, formatBatchPreview, formatCorpusList, formatPreview, formatRemoveConfirm, formatRestorePreview, trashedVersionChoices } from '../format/corpus.ts';
import { deferInteraction, replyToInteraction, respondWithNamedChoices } from '../replies.ts';
import type { Command } from './command.ts';
import { isModerator, requireModerator } from '../moderators.ts';
import { chosenDocument, documentChoices } from '../document-choices.ts';
import { typedLinks } from '../typed-links.ts';

export function actingUser(interaction: ChatInputCommandInteraction | MessageComponentInteraction) {
  return { userId: interaction.user.id, userName: interaction.user.username };
}

async function add(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const url = interaction.options.getString('url');
  const file = interaction.options.getAttachment('file');
  if ((url ? 1 : 0) + (file ? 1 : 0) !== 1) throw new UserError('CORPUS_ADD_NEEDS_ONE');
  // Several links, written apart, are previewed together and added with one press.
  const links = url ? typedLinks(url) : [];
  if (links.length > MAX_BATCH_LINKS) throw new UserError('TOO_MANY_LINKS', { count: links.length, max: MAX_BATCH_LINKS });
  await deferInteraction(interaction, true);
  const by = actingUser(interaction);
  if (links.length > 1) {
    ctx.logger.info('corpus preview of several links', { userId: by.userId, links: links.length });
    const items = await ctx.corpus.previewUrls(links, by);
    const addable = addableOf(items);
    if (addable.length) ctx.pendingCorpus.put(interaction.id, { kind: 'add-many', previews: addable, userId: by.userId });
    await replyToInteraction(interaction, formatBatchPreview(items, interaction.id));
    return;
  }
  ctx.logger.info('corpus preview', { userId: by.userId, url: url ?? undefined, file: file?.name });
  const preview = file
    ? await ctx.corpus.previewFile({ name: file.name, size: file.size, contentType: file.contentType, url: file.url }, by)
    : await ctx.corpus.previewUrl(links[0] ?? url!, by);
  ctx.pendingCorpus.put(interaction.id, { kind: 'add', preview, userId: by.userId });
  await replyToInteraction(interaction, formatPreview(preview, interaction.id));
}

/** A newer version of a document, from the link it was added from: previewed as its replacement. */
async function update(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const docId = chosenDocument(ctx.engine.sources().documents, interaction.options.getString('document', true));
  await deferInteraction(interaction, true);
  const by = actingUser(interaction);
  ctx.logger.info('corpus update preview', { userId: by.userId, docId });
  const preview = await ctx.corpus.previewUpdate(docId, by);
  ctx.pendingCorpus.put(interaction.id, { kind: 'add', preview, userId: by.userId });
  await replyToInteraction(interaction, formatPreview(preview, interaction.id));
}

async function list(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  await deferInteraction(interaction, true);
  const { documents, changes, skipped } = await ctx.corpus.list();
  await replyToInteraction(interaction, formatCorpusList(documents, changes, skipped));
}

async function remove(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { documents } = ctx.engine.sources();
  const docId = chosenDocument(documents, interaction.options.getString('document', true));
  const doc = documents.find((d) => d.docId === docId);
  if (!doc) throw new UserError('DOCUMENT_NOT_FOUND', { docId });
  ctx.pendingCorpus.put(interaction.id, { kind: 'remove', docId, title: doc.title, userId: interaction.user.id });
  await replyToInteraction(interaction, formatRemoveConfirm({ ...doc, added: null }, interaction.id));
}

/** A version the trash keeps, put back: previewed, then restored with the button. */
async function restore(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const value = interaction.options.getString('version', true).trim();
  // The value is a change's line in the log (what autocomplete offers); typed words name none.
  if (!/^\d{1,9}$/.test(value)) throw new UserError('NOT_IN_TRASH');
  await deferInteraction(interaction, true);
  const preview = await ctx.corpus.previewRestore(Number(value));
  ctx.pendingCorpus.put(interaction.id, { kind: 'restore', preview, userId: interaction.user.id });
  await replyToInteraction(interaction, formatRestorePreview(preview, interaction.id));
}

export const corpus = {
  data: new SlashCommandBuilder()
    .setName('corpus')
    .setDescription('Moderators: add, update, list, remove or restore the documents the answers come from.')
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Preview an article from a link or a file, then add it (or replace the older version of it).')
        .addStringOption((o) => o.setName('url').setDescription('Link to the article (http or https); several, separated by spaces, are previewed together').setMaxLength(2000))
        .addAttachmentOption((o) => o.setName('file').setDescription('A .md, .txt, .html, .pdf or .docx file (at most 5 MB)')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('update')
        .setDescription('Fetch a newer version of a document from its link, see what changed, and replace it.')
        .addStringOption((o) => o.setName('document').setDescription('The document to update').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription('The documents, who added them and when, and the recent changes.'))
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Remove a document (moved to the trash folder) and reindex.')
        .addStringOption((o) => o.setName('document').setDescription('The document to remove').setRequired(true).setAutocomplete(true)),
    )
    .addSubcommand((sub) =>
      sub
        .setName('restore')
        .setDescription('Put back a removed document, or the version an update replaced, from the trash folder.')
        .addStringOption((o) => o.setName('version').setDescription('The removed or replaced version').setRequired(true).setAutocomplete(true)),
    ),

  async execute(interaction, ctx) {
    const sub = interaction.options.getSubcommand();
    requireModerator(interaction, ctx, `/corpus ${sub}`);
    if (sub === 'add') await add(interaction, ctx);
    else if (sub === 'update') await update(interaction, ctx);
    else if (sub === 'list') await list(interaction, ctx);
    else if (sub === 'restore') await restore(interaction, ctx);
    else await remove(interaction, ctx);
  },

  async autocomplete(interaction, ctx) {
    if (interaction.options.getSubcommand(false) === 'restore') {
      // What was removed, and by whom, is for moderators only: the command can be made visible to others.
      const allowed = isModerator(interaction, ctx);
      await respondWithNamedChoices(interaction, allowed ? trashedVersionChoices(await ctx.corpus.trashedVersions(), interaction.options.getFocused()) : []);
      return;
    }
    const documents = ctx.engine.sources().documents;
    // Only a document with a link has a newer version to fetch.
    const offered = interaction.options.getSubcommand(false) === 'update' ? documents.filter((d) => d.url) : documents;
    await respondWithNamedChoices(interaction, documentChoices(offered, interaction.options.getFocused()));
  },
} satisfies Command;
