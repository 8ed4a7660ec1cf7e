/**
 * Which document a member means when they name the source to search (`/ask source:`, `npm run ask --
 * --source`): its id (what the autocomplete fills in), its title, or a part of its title or id that no
 * other document has. In a corpus of many stories, "the call" may be any of them; naming the source
 * asks one. Pure.
 */
import { UserError } from '../errors.ts';
import { words } from '../index/terms.ts';

export interface NamedDocument {
  docId: string;
  title: string;
}

export type SourceReading = { docId: string } | { ambiguous: readonly NamedDocument[] } | { none: true };

/** Lower case, accents folded, runs of other characters one space: "Mexican President Rejects…" as typed in any way. */
const plain = (text: string) => words(text).join(' ');

export function documentNamed(documents: readonly NamedDocument[], typed: string): SourceReading {
  const exactId = documents.find((d) => d.docId === typed.trim());
  if (exactId) return { docId: exactId.docId };
  const wanted = plain(typed);
  if (!wanted) return { none: true };
  const pick = (found: readonly NamedDocument[]): SourceReading | null => (found.length === 1 ? { docId: found[0]!.docId } : found.length > 1 ? { ambiguous: found } : null);
  return (
    pick(documents.filter((d) => plain(d.title) === wanted || plain(d.docId) === wanted)) ??
    // Whole words of the title or id: "oil crisis", not "il cri".
    pick(documents.filter((d) => ` ${plain(d.title)} `.includes(` ${wanted} `) || ` ${plain(d.docId)} `.includes(` ${wanted} `))) ?? { none: true }
  );
}

/** How many documents the message of a source naming none, or several, lists. */
const LISTED = 8;

/** The document `typed` names (`documentNamed`); else a UserError that lists the documents it could mean. */
export function sourceNamed<D extends NamedDocument>(documents: readonly D[], typed: string): D {
  const reading = documentNamed(documents, typed);
  if ('docId' in reading) return documents.find((d) => d.docId === reading.docId)!;
  const candidates = 'ambiguous' in reading ? reading.ambiguous : documents;
  const more = candidates.length - LISTED;
  const choices = candidates.slice(0, LISTED).map((d) => `\u201c${d.title}\u201d (${d.docId})`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  const shown = typed.replace(/\s+/g, ' ').trim().slice(0, 100);
  throw new UserError('ambiguous' in reading ? 'SOURCE_AMBIGUOUS' : 'SOURCE_NOT_FOUND', { typed: shown, choices });
}
