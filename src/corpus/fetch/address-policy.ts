/**
 * Which IP addresses a fetch may connect to: never loopback, private, link-local (where cloud
 * metadata services live), CGNAT, multicast or reserved ranges, in IPv4 or IPv6 — including IPv6
 * forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4). Pure.
 */
import { isIP } from 'node:net';

interface Range {
  /** First address of the range as a bigint, and how many leading bits are fixed. */
  base: bigint;
  bits: number;
  name: string;
}

const V4_RANGES: readonly [string, number, string][] = [
  ['0.0.0.0', 8, 'this network'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

const V6_RANGES: readonly [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'discard'],
  ['2001::', 23, 'IETF protocol assignments'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'unique local (private)'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

/** IPv6 prefixes whose low bits carry an IPv4 address, which is then checked as IPv4. */
const V4_CARRIERS: readonly { prefix: string; bits: number; at: (n: bigint) => bigint }[] = [
  { prefix: '::ffff:0:0', bits: 96, at: (n) => n & 0xffffffffn }, // IPv4-mapped
  { prefix: '::', bits: 96, at: (n) => n & 0xffffffffn }, // IPv4-compatible (deprecated)
  { prefix: '64:ff9b::', bits: 96, at: (n) => n & 0xffffffffn }, // NAT64
  { prefix: '64:ff9b:1::', bits: 48, at: (n) => n & 0xffffffffn }, // local-use NAT64
  { prefix: '2002::', bits: 16, at: (n) => (n >> 80n) & 0xffffffffn }, // 6to4
];

export function ipv4ToBigInt(address: string): bigint {
  return address.split('.').reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}

/** An IPv6 address (any valid spelling, zone id dropped, trailing dotted IPv4 allowed) as a 128-bit number. */
export function ipv6ToBigInt(address: string): bigint {
  let text = address.replace(/%.*$/, '').toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToBigInt(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return groups.reduce((n, group) => (n << 16n) | BigInt(parseInt(group || '0', 16)), 0n);
}

function toRanges(list: readonly [string, number, string][], parse: (a: string) => bigint): Range[] {
  return list.map(([address, bits, name]) => ({ base: parse(address), bits, name }));
}

const V4 = toRanges(V4_RANGES, ipv4ToBigInt);
const V6 = toRanges(V6_RANGES, ipv6ToBigInt);
const CARRIERS = V4_CARRIERS.map((carrier) => ({ range: { base: ipv6ToBigInt(carrier.prefix), bits: carrier.bits, name: '' }, at: carrier.at }));

function inRange(n: bigint, range: Range, width: number): boolean {
  const shift = BigInt(width - range.bits);
  return n >> shift === range.base >> shift;
}

function v4Range(n: bigint): string | null {
  return n === 0xffffffffn ? 'broadcast' : (V4.find((r) => inRange(n, r, 32))?.name ?? null);
}

/**
 * Why an address must not be fetched from ("loopback", "private"…), or null when it is a public
 * address. Anything that is not an IP address at all is refused as well.
 */
export function forbiddenRange(address: string): string | null {
  const family = isIP(address.replace(/%.*$/, ''));
  if (family === 4) return v4Range(ipv4ToBigInt(address));
  if (family === 6) {
    const n = ipv6ToBigInt(address);
    // :: and ::1 are their own ranges, not IPv4-compatible 0.0.0.0 / 0.0.0.1.
    const carrier = n > 1n ? CARRIERS.find((c) => inRange(n, c.range, 128)) : undefined;
    if (carrier) {
      const name = v4Range(carrier.at(n));
      return name ? `${name} (IPv4 inside IPv6)` : null;
    }
    return V6.find((r) => inRange(n, r, 128))?.name ?? null;
  }
  return 'not an IP address';
}
