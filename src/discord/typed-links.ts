/**
 * The links a moderator typed into /corpus add's `url` option, as Discord users write them: several
 * separated by spaces or commas, a link wrapped in <…> (Discord's way to post one without its
 * preview card), a comma or full stop after one. A comma within a link ("…/paris,france") is part of
 * it: only one before the next link, or after a link, parts them. Pure.
 */
export function typedLinks(text: string): string[] {
  return text
    .split(/\s+|,+(?=<|[a-z][a-z0-9+.-]*:\/\/)/i)
    .map((token) => token.replace(/^[,;]+/, '').replace(/[.;,]+$/, '').replace(/^<(.*)>$/, '$1'))
    .filter(Boolean);
}
