/** The corpus's documents offered as a member types one (`/ask source:`, `/corpus update`, `/corpus remove`). Pure. */
import type { DocumentInfo } from '../engine/types.ts';

/** Those whose title or id holds what is typed (any case), shown as "Title (id)" and valued by the id. */
export function documentChoices(documents: readonly Pick<DocumentInfo, 'docId' | 'title'>[], typed: string): { name: string; value: string }[] {
  const wanted = typed.trim().toLowerCase();
  return documents
    .filter((d) => d.title.toLowerCase().includes(wanted) || d.docId.toLowerCase().includes(wanted))
    .map((d) => ({ name: `${d.title} (${d.docId})`, value: d.docId }));
}
