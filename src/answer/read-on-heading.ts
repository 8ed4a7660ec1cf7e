/** How every transport introduces what follows a quoted passage ("What happened next?"): the same words. */
export function readOnHeading(title: string): string {
  return `What \u201c${title}\u201d says next (in its own order, after the passage quoted before):`;
}
