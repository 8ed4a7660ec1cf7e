/** Discord-shaped ids: milliseconds since the Discord epoch shifted left 22 bits, plus a counter. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

export function snowflake(time: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(time) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** An interaction token: opaque, URL-safe, long like Discord's. */
export function interactionToken(id: string): string {
  const random = Array.from({ length: 48 }, () => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[Math.floor(Math.random() * 62)]).join('');
  return `aW50ZXJhY3Rpb246${Buffer.from(id).toString('base64url')}${random}`;
}
