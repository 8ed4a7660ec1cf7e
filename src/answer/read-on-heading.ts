/** How every transport introduces what follows a quoted passage ("What happened next?"), or comes before it: the same words. */
export function readOnHeading(title: string, back = false): string {
  return back
    ? `What \u201c${title}\u201d says before it (the nearest first, before the passage quoted before):`
    : `What \u201c${title}\u201d says next (in its own order, after the passage quoted before):`;
}
