/**
 * Long lists a page at a time (/sources, /corpus list): pages of whole lines within an embed's
 * budget, the page's footer, and the buttons that turn them — whose ids say which list and page, so
 * that a press lists again and shows that page (nothing is kept between presses). Pure.
 */
import { ButtonStyle, ComponentType } from 'discord.js';
import type { ButtonRow } from '../replies.ts';
import { truncate } from './text.ts';

export type PagedList = 'sources' | 'corpus';
const LISTS: readonly PagedList[] = ['sources', 'corpus'];

export interface PageId {
  list: PagedList;
  /** From 0. */
  page: number;
  /** /sources: the days its question totals count. */
  days?: number;
}

const PREFIX = 'page';

export function encodePageButton({ list, page, days }: PageId): string {
  return [PREFIX, list, page, ...(days === undefined ? [] : [days])].join(':');
}

/** The list and page of one of these buttons, or null for any other id. */
export function decodePageButton(customId: string): PageId | null {
  const [prefix, list, page, days, ...rest] = customId.split(':');
  if (prefix !== PREFIX || rest.length > 0 || !(LISTS as readonly string[]).includes(list ?? '') || !/^\d{1,6}$/.test(page ?? '')) return null;
  if (days !== undefined && !/^\d{1,4}$/.test(days)) return null;
  return { list: list as PagedList, page: Number(page), ...(days === undefined ? {} : { days: Number(days) }) };
}

/** The lines in pages of at most `budget` characters joined by newlines (a line longer than that cut to it); one empty page for none. */
export function splitIntoPages(lines: readonly string[], budget: number): string[][] {
  const pages: string[][] = [[]];
  let used = 0;
  for (const line of lines) {
    const fitted = truncate(line, budget);
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && used + 1 + fitted.length > budget) {
      pages.push([fitted]);
      used = fitted.length;
    } else {
      used += (current.length > 0 ? 1 : 0) + fitted.length;
      current.push(fitted);
    }
  }
  return pages;
}

/** A page asked for that no longer exists (the list shrank since): the last one. */
export function pageWithin(page: number, pages: number): number {
  return Math.max(0, Math.min(page, pages - 1));
}

/** "Page 2 of 5", or null when there is one page. */
export function pageFooter(page: number, pages: number): string | null {
  return pages > 1 ? `Page ${page + 1} of ${pages}` : null;
}

/** ◂ Previous / Next ▸ under a list of several pages (disabled at either end); none for one page. */
export function pageButtons(list: Omit<PageId, 'page'>, page: number, pages: number): ButtonRow[] {
  if (pages <= 1) return [];
  const button = (label: string, to: number, disabled: boolean) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    label,
    custom_id: encodePageButton({ ...list, page: to }),
    disabled,
  });
  return [{ type: ComponentType.ActionRow, components: [button('◂ Previous', Math.max(0, page - 1), page === 0), button('Next ▸', Math.min(pages - 1, page + 1), page >= pages - 1)] }];
}
