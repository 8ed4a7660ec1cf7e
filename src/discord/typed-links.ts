/**
 * The links a moderator typed into /corpus add's `url` option, as Discord users write them: several
 * separated by spaces or commas, a link wrapped in <…> (Discord's way to post one without its
 * preview card), a comma or full stop after one. Pure.
 */
export function typedLinks(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((token) => token.replace(/^<(.*)>$/, '$1').replace(/[.;,]+$/, ''))
    .filter(Boolean);
}
