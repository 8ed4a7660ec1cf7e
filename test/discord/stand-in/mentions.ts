/**
 * What a Discord server that ignores `allowed_mentions` would ping for a message body: every
 * `@everyone`, `@here`, `<@id>`, `<@!id>` and `<@&id>` in any of its strings (content, embeds,
 * components). Discord itself parses mentions only in `content`; looking everywhere is stricter.
 */
const MENTION = /@everyone|@here|<@[!&]?\d{17,20}>/g;

export function pingsIn(body: unknown): string[] {
  if (typeof body === 'string') return body.match(MENTION) ?? [];
  if (Array.isArray(body)) return body.flatMap(pingsIn);
  if (body && typeof body === 'object') {
    return Object.entries(body).flatMap(([key, value]) => (key === 'allowed_mentions' ? [] : pingsIn(value)));
  }
  return [];
}
