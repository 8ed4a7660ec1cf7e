/** /corpus replies: the preview with its buttons, the results of add, replace, remove and restore, the list, the change-log post. Pure. */
import { ButtonStyle, ComponentType, type APIEmbed } from 'discord.js';
import { previewAction, type AddResult, type BatchAddResult, type BatchItem, type ListedDocument, type NewerVersion, type Preview, type RemoveResult, type ReplaceResult, type RestorePreview, type RestoreResult } from '../../corpus/admin/corpus-admin.ts';
import { trashedVersionLabel, type TrashedVersion } from '../../corpus/admin/trashed-versions.ts';
import type { CorpusChange } from '../../corpus/admin/change-log.ts';
import { duplicateReason, keepsLittle } from '../../corpus/admin/duplicates.ts';
import type { PendingCorpusAction } from '../corpus-pending.ts';
import { LIMITS, type ButtonRow, type ReplyPayload } from '../replies.ts';
import { discordTimestamp, fitLines, skippedFilesField } from './admin.ts';
import { plural } from '../../answer/plural.ts';
import { pageButtons, pageFooter, pageWithin, splitIntoPages } from './pages.ts';
import { escapeLinkLabel, escapeQuoted, formatDate, safeHttpUrl, truncate } from './text.ts';

export type CorpusButtonAction = 'add' | 'replace' | 'cancel' | 'remove' | 'keep' | 'restore';
const ACTIONS: readonly CorpusButtonAction[] = ['add', 'replace', 'cancel', 'remove', 'keep', 'restore'];
const KEY = /^[A-Za-z0-9_-]{1,40}$/;

export function encodeCorpusButton(action: CorpusButtonAction, key: string): string {
  if (!KEY.test(key)) throw new Error(`invalid pending key: ${key}`);
  return `corpus:${action}:${key}`;
}

export function decodeCorpusButton(customId: string): { action: CorpusButtonAction; key: string } | null {
  const [prefix, action, key, ...rest] = customId.split(':');
  if (prefix !== 'corpus' || rest.length > 0 || !key || !KEY.test(key) || !(ACTIONS as readonly string[]).includes(action ?? '')) return null;
  return { action: action as CorpusButtonAction, key };
}

function buttons(key: string, list: { action: CorpusButtonAction; label: string; style: ButtonStyle.Success | ButtonStyle.Secondary | ButtonStyle.Danger }[]): ButtonRow[] {
  return [
    {
      type: ComponentType.ActionRow,
      components: list.map(({ action, label, style }) => ({ type: ComponentType.Button, style, label, custom_id: encodeCorpusButton(action, key) })),
    },
  ];
}

/** A document's title linked to its page when it has one, else in bold. */
export function titleLink(title: string, url: string | null): string {
  const safe = safeHttpUrl(url);
  return safe ? `[${escapeLinkLabel(title)}](${safe})` : `**${escapeQuoted(title)}**`;
}

/** How many of the first sentences the preview quotes. */
export const PREVIEW_SENTENCES = 4;

export function formatPreview(preview: Preview, key: string): ReplyPayload {
  const { article, duplicate, replaces } = preview;
  const quoted = (sentences: readonly string[]) => sentences.slice(0, PREVIEW_SENTENCES).map((s) => `> ${escapeQuoted(truncate(s, 300))}`);
  // A new version is shown by what it changes: its new sentences, not its opening again.
  const description = replaces?.added.length
    ? [`**New in this version**${replaces.added.length > PREVIEW_SENTENCES ? ` (the first ${PREVIEW_SENTENCES} of ${replaces.added.length})` : ''}:`, ...quoted(replaces.added)]
    : quoted(preview.sentences);
  const fields: NonNullable<APIEmbed['fields']> = [
    { name: 'Date', value: article.date ? formatDate(article.date) : 'not given', inline: true },
    { name: 'Sentences', value: String(preview.sentences.length), inline: true },
    { name: 'Source', value: safeHttpUrl(article.url) ?? escapeQuoted(preview.source), inline: false },
    { name: 'Will be saved as', value: `\`${preview.fileName}\``, inline: true },
  ];
  if (article.publisher) fields.push({ name: 'Publisher', value: escapeQuoted(article.publisher), inline: true });
  if (replaces) {
    const renamed = preview.fileName === replaces.docId ? '' : ` It is saved under a new name, its format being another.`;
    fields.push({
      name: 'Replaces',
      value:
        `${titleLink(replaces.title, null)} (\`${replaces.docId}\`) — ${duplicate ? duplicateReason(duplicate) : 'fetched from its link'}: ` +
        `${plural(replaces.added.length, 'sentence')} new, ${plural(replaces.removed, 'sentence')} no longer in it. The old version is kept in the trash folder.${renamed}` +
        (keepsLittle(replaces) ? `\n⚠️ It keeps only ${replaces.kept} of the old version's ${plural(replaces.kept + replaces.removed, 'sentence')}: check that it is the same article before replacing.` : ''),
    });
  } else {
    const duplicateLine = duplicate
      ? `⚠️ **Already in the corpus** as ${titleLink(duplicate.title, null)} (\`${duplicate.docId}\`) — ${duplicateReason(duplicate)}, and no sentence differs. It can't be added twice.`
      : preview.shares
        ? `Not a duplicate, but ${preview.shares.shared} of its ${plural(preview.shares.of, 'sentence')} are also in ${titleLink(preview.shares.title, null)} (\`${preview.shares.docId}\`) — a wire story? An answer quotes such a sentence once and cites both ("Also in").`
        : 'Not a duplicate of any document in the corpus.';
    fields.push({ name: 'Duplicate?', value: duplicateLine });
  }
  const action = previewAction(preview);
  const content = {
    replace: `A newer version of a document in the corpus — press **Replace** to put it in its place, or **Cancel**.`,
    none: 'This document is already in the corpus — nothing to add.',
    add: 'Preview — press **Add** to put it in the corpus, or **Cancel**.',
  }[action];
  return {
    ephemeral: true,
    content,
    embeds: [{ title: truncate(article.title, LIMITS.embedTitle), description: description.join('\n'), fields }],
    components: buttons(key, [
      ...(action === 'none' ? [] : [{ action, label: action === 'replace' ? 'Replace' : 'Add', style: ButtonStyle.Success as const }]),
      { action: 'cancel', label: 'Cancel', style: ButtonStyle.Secondary },
    ]),
  };
}

/** The previews of several links that would add a document: not already in the corpus, no newer version of one, no second link to an article listed before. */
export function addableOf(items: readonly BatchItem[]): Preview[] {
  return items.flatMap((item) => ('preview' in item && previewAction(item.preview) === 'add' && item.sameAsEarlier === null ? [item.preview] : []));
}

/** The preview of several links: one field per link saying what Add would do with it, and one Add for all the new ones. */
export function formatBatchPreview(items: readonly BatchItem[], key: string): ReplyPayload {
  const addable = new Set(addableOf(items));
  const fields = items.map((item, i) => {
    if (!('preview' in item)) return { name: truncate(`${i + 1}. ${item.link}`, LIMITS.fieldName), value: truncate(`❌ ${item.error}`, LIMITS.fieldValue) };
    const { preview, sameAsEarlier } = item;
    const { article, duplicate, replaces } = preview;
    const about = `${article.date ? formatDate(article.date) : 'no date'} · ${plural(preview.sentences.length, 'sentence')}`;
    const value = sameAsEarlier !== null
      ? `The same article as link ${sameAsEarlier + 1}: added once.`
      : replaces
        ? `A newer version of ${titleLink(replaces.title, null)} (\`${replaces.docId}\`): ${plural(replaces.added.length, 'sentence')} new, ${plural(replaces.removed, 'sentence')} gone. To replace it, give this link to /corpus add alone.`
        : duplicate
          ? `⚠️ Already in the corpus as ${titleLink(duplicate.title, null)} (\`${duplicate.docId}\`) — ${duplicateReason(duplicate)}. Not added.`
          : `${about} · saved as \`${preview.fileName}\`` + (preview.shares ? `\n${preview.shares.shared} of its sentences are also in ${titleLink(preview.shares.title, null)} (a wire story?).` : '');
    const link = safeHttpUrl(article.url) ?? safeHttpUrl(item.link);
    return { name: truncate(`${i + 1}. ${addable.has(preview) ? '' : '(not added) '}${article.title}`, LIMITS.fieldName), value: truncate(link ? `${value}\n${link}` : value, LIMITS.fieldValue) };
  });
  const n = addable.size;
  return {
    ephemeral: true,
    content: n
      ? `Preview of ${plural(items.length, 'link')} — press **Add ${n}** to put ${n === 1 ? 'the new document' : `the ${n} new documents`} in the corpus, or **Cancel**.`
      : `Nothing to add from these ${plural(items.length, 'link')}: each is below with why.`,
    embeds: [{ title: `${plural(items.length, 'link')}, ${n} to add`, fields }],
    components: n ? buttons(key, [{ action: 'add', label: `Add ${n}`, style: ButtonStyle.Success }, { action: 'cancel', label: 'Cancel', style: ButtonStyle.Secondary }]) : [],
  };
}

/** What one press of Add did with several previewed documents. */
export function formatBatchAdded(result: BatchAddResult): ReplyPayload {
  const lines = [
    ...result.added.map((a) => `• ${titleLink(a.title, a.url)} as \`${a.docId}\` (${plural(a.sentences, 'sentence')})`),
    ...result.skipped.map((s) => `• **${escapeQuoted(s.title)}**: not added — since the preview, it was added as ${titleLink(s.duplicateOf.title, null)} (\`${s.duplicateOf.docId}\`).`),
  ];
  const head = result.added.length
    ? `Added ${plural(result.added.length, 'document')}` + (result.report ? ` (${plural(result.report.embedded, 'sentence')} embedded), answerable after ${result.seconds.toFixed(1)} s. The index now holds ${plural(result.report.totalSentences, 'sentence')}.` : '.')
    : 'Nothing was added.';
  const stopped = result.stopped ? `\n⚠️ Stopped before the rest: ${result.stopped.message}` : '';
  return { ephemeral: true, content: `${head}${stopped}\n${fitLines(lines, LIMITS.content - head.length - stopped.length - 1, 'document')}` };
}

export function formatRemoveConfirm(doc: ListedDocument, key: string): ReplyPayload {
  return {
    ephemeral: true,
    content: `Remove ${titleLink(doc.title, doc.url)} (\`${doc.docId}\`, ${plural(doc.sentences, 'sentence')}) from the corpus? The file is moved to the trash folder, not deleted.`,
    components: buttons(key, [
      { action: 'remove', label: 'Remove', style: ButtonStyle.Danger },
      { action: 'keep', label: 'Keep it', style: ButtonStyle.Secondary },
    ]),
  };
}

export function formatAdded(preview: Preview, result: AddResult): ReplyPayload {
  return {
    ephemeral: true,
    content:
      `Added ${titleLink(preview.article.title, preview.article.url)} as \`${result.docId}\`: ${plural(result.sentences, 'sentence')} ` +
      `(${plural(result.report.embedded, 'sentence')} embedded), answerable after ${result.seconds.toFixed(1)} s. ` +
      `The index now holds ${plural(result.report.totalSentences, 'sentence')}.`,
  };
}

export function formatReplaced(preview: Preview, result: ReplaceResult): ReplyPayload {
  const renamed = result.docId === result.replaced.docId ? '' : ` It is now \`${result.docId}\`.`;
  return {
    ephemeral: true,
    content:
      `Replaced **${escapeQuoted(result.replaced.title)}** (\`${result.replaced.docId}\`) with ${titleLink(preview.article.title, preview.article.url)}: ` +
      `${plural(result.replaced.added.length, 'sentence')} new, ${plural(result.replaced.removed, 'sentence')} gone ` +
      `(${plural(result.report.embedded, 'sentence')} embedded), answerable after ${result.seconds.toFixed(1)} s.${renamed} ` +
      `The old version is in the trash folder as \`${result.trashedAs}\`. The index now holds ${plural(result.report.totalSentences, 'sentence')}.`,
  };
}

export function formatRemoved(result: RemoveResult): ReplyPayload {
  return {
    ephemeral: true,
    content:
      `Removed **${escapeQuoted(result.title)}** (\`${result.docId}\`) in ${result.seconds.toFixed(1)} s; the file is in the trash folder as \`${result.trashedAs}\`. ` +
      `The index now holds ${plural(result.report.totalSentences, 'sentence')}.`,
  };
}

/** The trashed versions offered as a moderator types (`/corpus restore`): those whose description holds every typed word, valued by their change's line. */
export function trashedVersionChoices(versions: readonly TrashedVersion[], typed: string): { name: string; value: string }[] {
  const wanted = typed.toLowerCase().split(/\s+/).filter(Boolean);
  return versions
    .map((v) => {
      // The file name only where Discord's 100 characters leave room: what and when matter more.
      const label = trashedVersionLabel(v);
      const named = `${label} (${v.docId})`;
      return { name: named.length <= LIMITS.choiceName ? named : label, value: String(v.change) };
    })
    .filter((c) => wanted.every((w) => c.name.toLowerCase().includes(w)));
}

export function formatRestorePreview(preview: RestorePreview, key: string): ReplyPayload {
  const { version, displaces } = preview;
  const went = version.how === 'removed' ? `removed ${discordTimestamp(version.time)} by **${escapeQuoted(version.userName)}**` : `replaced ${discordTimestamp(version.time)} by **${escapeQuoted(version.userName)}**'s ${version.how === 'updated' ? 'update' : 'restore'}`;
  const place = displaces
    ? `It takes the place of ${titleLink(displaces.title, displaces.url)} (\`${displaces.docId}\`, ${plural(displaces.sentences, 'sentence')}), which is kept in the trash folder.`
    : 'No document has its name now: it is added back.';
  return {
    ephemeral: true,
    content: `Restore ${titleLink(preview.title, version.url)} as \`${version.docId}\` (${plural(preview.sentences, 'sentence')}; ${went})? ${place}`,
    components: buttons(key, [
      { action: 'restore', label: 'Restore', style: ButtonStyle.Success },
      { action: 'cancel', label: 'Cancel', style: ButtonStyle.Secondary },
    ]),
  };
}

export function formatRestored(result: RestoreResult): ReplyPayload {
  const displaced = result.displaced && result.trashedAs ? ` It took the place of **${escapeQuoted(result.displaced.title)}** (\`${result.displaced.docId}\`), kept in the trash folder as \`${result.trashedAs}\`.` : '';
  return {
    ephemeral: true,
    content:
      `Restored **${escapeQuoted(result.title)}** as \`${result.docId}\`: ${plural(result.sentences, 'sentence')} ` +
      `(${plural(result.report.embedded, 'sentence')} embedded), answerable after ${result.seconds.toFixed(1)} s.${displaced} ` +
      `The index now holds ${plural(result.report.totalSentences, 'sentence')}.`,
  };
}

/**
 * What a pressed Add, Replace, Remove or Restore is doing until its outcome replaces it (a second for
 * one document, longer for several or a large corpus): the preview and its buttons go at once.
 */
export function formatCorpusWorking(pending: PendingCorpusAction, replacing: boolean): ReplyPayload {
  const meanwhile = 'answers go on from the current index meanwhile.';
  let doing: string;
  if (pending.kind === 'add' && replacing && pending.preview.replaces) {
    doing = `Replacing **${escapeQuoted(pending.preview.replaces.title)}** with the new version (${plural(pending.preview.sentences.length, 'sentence')}) and updating the index`;
  } else if (pending.kind === 'add') {
    doing = `Adding **${escapeQuoted(pending.preview.article.title)}** (${plural(pending.preview.sentences.length, 'sentence')}) and updating the index`;
  } else if (pending.kind === 'add-many') {
    const sentences = pending.previews.reduce((sum, p) => sum + p.sentences.length, 0);
    doing = `Adding ${plural(pending.previews.length, 'document')} (${plural(sentences, 'sentence')}) and updating the index`;
  } else if (pending.kind === 'remove') {
    doing = `Removing **${escapeQuoted(pending.title)}** and updating the index`;
  } else {
    doing = `Restoring **${escapeQuoted(pending.preview.title)}** (${plural(pending.preview.sentences, 'sentence')}) and updating the index`;
  }
  return { ephemeral: true, content: `⏳ ${doing}: ${meanwhile}` };
}

const VERBS: Record<CorpusChange['action'], string> = { add: '➕ added', update: '🔄 updated', remove: '➖ removed', restore: '♻️ restored' };

function changeLine(change: CorpusChange): string {
  const verb = VERBS[change.action];
  return `${discordTimestamp(change.time)} · **${escapeQuoted(change.userName)}** ${verb} ${titleLink(change.title, change.url)} (${plural(change.sentences, 'sentence')})`;
}

/** Recent changes shown by /corpus list. */
const LISTED_CHANGES = 10;

export function formatCorpusList(documents: readonly ListedDocument[], changes: readonly CorpusChange[], skipped: readonly { file: string; reason: string }[] = [], page = 0): ReplyPayload {
  const lines = documents.map((doc) => {
    const date = `${doc.publisher ? ` · ${escapeQuoted(doc.publisher)}` : ''}${doc.date ? ` · ${formatDate(doc.date)}` : ''}`;
    const added = doc.added ? ` · ${doc.added.action === 'add' ? 'added' : doc.added.action === 'update' ? 'updated' : 'restored'} by ${escapeQuoted(doc.added.userName)} ${discordTimestamp(doc.added.time)}` : ' · in the corpus folder';
    return `${titleLink(doc.title, doc.url)}${date} · ${plural(doc.sentences, 'sentence')}${added}\n\`${doc.docId}\``;
  });
  const recent = changes.slice(-LISTED_CHANGES).reverse().map(changeLine);
  const sentences = documents.reduce((sum, d) => sum + d.sentences, 0);
  const pages = splitIntoPages(lines, LIMITS.embedDescription - 200);
  const shown = pageWithin(page, pages.length);
  const footer = pageFooter(shown, pages.length);
  return {
    ephemeral: true,
    components: pageButtons({ list: 'corpus' }, shown, pages.length),
    embeds: [
      {
        title: `Corpus — ${plural(documents.length, 'document')}, ${plural(sentences, 'sentence')}`,
        description: lines.length ? pages[shown]!.join('\n') : '_The corpus is empty._',
        ...(footer ? { footer: { text: footer } } : {}),
        fields: [
          { name: `Changes from Discord (${changes.length})`, value: recent.length ? fitLines(recent, LIMITS.fieldValue, 'change') : '_None yet._' },
          // Files someone put in the folder that answer nothing: say so where moderators look, not only in the log.
          ...(skipped.length ? [skippedFilesField('Not read', skipped)] : []),
        ],
      },
    ],
  };
}

/** The post in CORPUS_LOG_CHANNEL_ID for each change. */
export function formatChangePost(change: CorpusChange): ReplyPayload {
  return { content: `📚 Corpus change: ${changeLine(change)} — \`${change.docId}\`` };
}

/** A document a reindex found changed in the folder, by hand: removed ones are known by their last title. */
export interface FolderChange {
  docId: string;
  title: string;
  url: string | null;
  sentences: number | null;
  /** Who made it from the command line (`npm run add`), when its change log says so. */
  commandLineUser?: string;
}

/** The post in CORPUS_LOG_CHANNEL_ID for changes a reindex found made in the corpus folder by hand (not with /corpus); null when none. */
export function formatFolderChangesPost(added: readonly FolderChange[], changed: readonly FolderChange[], removed: readonly FolderChange[]): ReplyPayload | null {
  const line = (verb: string, d: FolderChange) =>
    `${verb} ${titleLink(d.title, d.url)}${d.sentences === null ? '' : ` (${plural(d.sentences, 'sentence')})`} — \`${d.docId}\`${d.commandLineUser ? `, with npm run add by ${escapeQuoted(d.commandLineUser)}` : ''}`;
  const lines = [...added.map((d) => line(VERBS.add, d)), ...changed.map((d) => line(VERBS.update, d)), ...removed.map((d) => line(VERBS.remove, d))];
  if (!lines.length) return null;
  return { content: `📂 Changed in the corpus folder (not from Discord), now indexed:\n${fitLines(lines, LIMITS.content - 100, 'document')}` };
}

/** The update check's post: the documents whose link serves a newer version, and how to review one. */
export function formatNewerVersionsPost(versions: readonly NewerVersion[]): ReplyPayload {
  const lines = versions.map(
    (v) =>
      `• ${titleLink(v.title, v.url)} (\`${v.docId}\`): ${plural(v.added, 'sentence')} new, ${plural(v.removed, 'sentence')} gone` +
      (keepsLittle(v) ? ` — it keeps only ${v.kept} of the old sentences: check that it is still the same article` : ''),
  );
  const head = versions.length === 1 ? '🔄 A newer version of a document is at its link:' : `🔄 Newer versions of ${versions.length} documents are at their links:`;
  const body = fitLines(lines, LIMITS.content - 200, 'document');
  return { content: `${head}\n${body}\nA moderator can review and replace one with \`/corpus update\`.` };
}
