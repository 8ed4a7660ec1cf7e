/**
 * The rules a link must pass before anything is fetched, as pure checks: the scheme, the URL's
 * shape, the addresses its host resolves to, the response's type and size. The I/O that applies
 * them is `fetch-url.ts`; a resolver is passed in, so the address check is tested without DNS.
 */
import { isIP } from 'node:net';
import { UserError } from '../../errors.ts';
import { forbiddenRange } from './address-policy.ts';

export interface FetchPolicy {
  /**
   * Hosts (names or IP addresses) fetched even when they resolve to a private or loopback
   * address: an intranet news site, or 127.0.0.1 in the tests. Empty by default.
   */
  allowHosts: readonly string[];
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_POLICY: FetchPolicy = Object.freeze({
  allowHosts: [],
  maxBytes: 5 * 1024 * 1024,
  timeoutMs: 10_000,
  maxRedirects: 5,
});

/** The kinds of document a link may serve. */
export type DocumentMediaKind = 'html' | 'markdown' | 'text' | 'pdf' | 'docx';

/** Media types a document may be served as, by the kind of document they hold. */
export const DOCUMENT_TYPES: Readonly<Record<string, DocumentMediaKind>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/plain': 'text',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
};

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to (the real one wraps dns.lookup with `all: true`). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

function refuse(url: string, reason: string): UserError {
  return new UserError('FETCH_REFUSED', { url, reason });
}

/** A URL's host as an IP literal would be written without brackets, lower-cased. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/** The link parsed and checked for shape: http(s), no user name or password in it. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse(raw, 'it is not a complete link (it should start with https://)');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refuse(raw, `only http and https links are fetched, not ${url.protocol.replace(':', '')}`);
  if (url.username || url.password) throw refuse(raw, 'links with a user name or password are not fetched');
  if (!url.hostname) throw refuse(raw, 'the link has no host');
  return url;
}

function isAllowedHost(host: string, allowHosts: readonly string[]): boolean {
  return allowHosts.some((allowed) => allowed.toLowerCase().replace(/^\[(.*)\]$/, '$1') === host);
}

/**
 * The address to connect to for `url`: every address its host resolves to must be public (a
 * host that answers with one public and one private address could be switched between them), or
 * the host or address must be in `allowHosts`. The caller connects to exactly this address.
 */
export async function resolveAllowed(url: URL, resolve: Resolver, allowHosts: readonly string[]): Promise<ResolvedAddress> {
  const host = bareHost(url);
  const literal = isIP(host);
  const addresses: ResolvedAddress[] = literal ? [{ address: host, family: literal as 4 | 6 }] : await resolveOrRefuse(url, host, resolve);
  if (addresses.length === 0) throw refuse(url.href, `${host} has no address`);
  const hostAllowed = isAllowedHost(host, allowHosts);
  for (const { address } of addresses) {
    const range = forbiddenRange(address);
    if (range && !hostAllowed && !isAllowedHost(address.toLowerCase(), allowHosts)) {
      throw refuse(url.href, `${host} is a ${range} address (${address}), which the bot never fetches from`);
    }
  }
  return addresses[0]!;
}

async function resolveOrRefuse(url: URL, host: string, resolve: Resolver): Promise<ResolvedAddress[]> {
  try {
    return await resolve(host);
  } catch {
    throw new UserError('FETCH_FAILED', { url: url.href, reason: `the host ${host} could not be found` });
  }
}

/** Types a server sends a file as when it does not say what it is (many serve PDFs so, as downloads). */
const UNSTATED_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/force-download', 'application/x-download']);

/** The kind of text a Content-Type header announces, or a refusal naming it. */
export function checkContentType(url: string, header: string | undefined): DocumentMediaKind {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  // A link to a .pdf or .docx served as a download is read as what it names (one that is not is refused as such).
  if (UNSTATED_TYPES.has(type)) {
    const extension = /\.(pdf|docx)$/i.exec(pathOf(url))?.[1]?.toLowerCase();
    if (extension === 'pdf' || extension === 'docx') return extension;
  }
  const kind = DOCUMENT_TYPES[type];
  if (!kind) throw refuse(url, `it is ${type ? `a ${type} file` : 'of no stated type'}, not a web page, text, a PDF or a Word document`);
  return kind;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** A Content-Length over the cap is refused before reading a byte of the body. */
export function checkDeclaredSize(url: string, header: string | undefined, maxBytes: number): void {
  const length = header === undefined ? NaN : Number(header);
  if (Number.isFinite(length) && length > maxBytes) throw refuse(url, `it is ${formatBytes(length)}, over the ${formatBytes(maxBytes)} limit`);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The next URL of a redirect, checked like the first; a missing Location is a failure. */
export function redirectTarget(from: URL, location: string | undefined): URL {
  if (!location) throw new UserError('FETCH_FAILED', { url: from.href, reason: 'it redirected without saying where' });
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw refuse(from.href, 'it redirected to something that is not a link');
  }
  return checkUrl(next.href);
}
