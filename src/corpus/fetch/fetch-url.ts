/**
 * The I/O edge of fetching a document: each hop's URL and resolved addresses are checked
 * (`fetch-policy.ts`), the connection goes to the very address that was checked (the agent's
 * `lookup` returns it, so there is no second DNS answer to swap in), redirects are followed by
 * hand, the body is streamed and cut off past the cap, and nothing identifying is sent: no
 * cookies, no credentials, no referrer.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { UserError } from '../../errors.ts';
import {
  checkContentType,
  checkDeclaredSize,
  checkUrl,
  DEFAULT_FETCH_POLICY,
  formatBytes,
  redirectTarget,
  resolveAllowed,
  type DocumentMediaKind,
  type FetchPolicy,
  type ResolvedAddress,
  type Resolver,
} from './fetch-policy.ts';

export interface FetchedDocument {
  /** The URL the content came from, after redirects. */
  finalUrl: string;
  kind: DocumentMediaKind;
  body: Buffer;
  /** The charset the server named, if any. */
  charset: string | null;
}

export const systemResolver: Resolver = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family as 4 | 6 }));
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'event-qa-bot/0.1 (corpus fetch)';

interface Hop {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Read only for a 2xx answer: the body and the kind of text its Content-Type announces. */
  content: { body: Buffer; kind: FetchedDocument['kind'] } | null;
}

export async function fetchDocument(
  link: string,
  options: {
    policy?: FetchPolicy;
    resolve?: Resolver;
    /** False for a Discord attachment, whose type was checked from its metadata before the download. */
    checkType?: boolean;
  } = {},
): Promise<FetchedDocument> {
  const policy = options.policy ?? DEFAULT_FETCH_POLICY;
  const resolve = options.resolve ?? systemResolver;
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let url = checkUrl(link);
  for (let redirects = 0; ; redirects++) {
    const target = await resolveAllowed(url, resolve, policy.allowHosts);
    const hop = await request(url, target, policy, signal, options.checkType ?? true);
    if (REDIRECTS.has(hop.status)) {
      if (redirects >= policy.maxRedirects) {
        throw new UserError('FETCH_REFUSED', { url: link, reason: `it redirects more than ${policy.maxRedirects} times` });
      }
      url = redirectTarget(url, header(hop.headers.location));
      continue;
    }
    if (!hop.content) {
      throw new UserError('FETCH_FAILED', { url: url.href, reason: `the site answered ${hop.status} ${http.STATUS_CODES[hop.status] ?? ''}`.trim() });
    }
    const contentType = header(hop.headers['content-type']);
    return {
      finalUrl: url.href,
      kind: hop.content.kind,
      body: hop.content.body,
      charset: /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase() ?? null,
    };
  }
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One request to `url`, connected to `target`; the body is read only for a 2xx answer. */
function request(url: URL, target: ResolvedAddress, policy: FetchPolicy, signal: AbortSignal, checkType: boolean): Promise<Hop> {
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    // Node asks for one address or, with autoSelectFamily, for all of them.
    if ((lookupOptions as { all?: boolean }).all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Hop>((resolvePromise, reject) => {
    const fail = (error: unknown) => reject(asUserError(url, error, policy, signal));
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup: pinned,
        agent: false, // a fresh connection: no socket reused from a hop that resolved elsewhere
        signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, application/pdf;q=0.8, application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.8',
          'accept-encoding': 'identity',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status < 200 || status >= 300) {
          res.resume();
          resolvePromise({ status, headers: res.headers, content: null });
          return;
        }
        let kind: FetchedDocument['kind'] = 'text';
        try {
          // Checked before the body is read: a refused type costs no download.
          if (checkType) kind = checkContentType(url.href, header(res.headers['content-type']));
          checkDeclaredSize(url.href, header(res.headers['content-length']), policy.maxBytes);
        } catch (error) {
          req.destroy();
          reject(error);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > policy.maxBytes) {
            req.destroy();
            reject(new UserError('FETCH_REFUSED', { url: url.href, reason: `it is larger than the ${formatBytes(policy.maxBytes)} limit` }));
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolvePromise({ status, headers: res.headers, content: { body: Buffer.concat(chunks), kind } }));
        res.on('error', fail);
      },
    );
    req.on('error', fail);
    req.end();
  });
}

function asUserError(url: URL, error: unknown, policy: FetchPolicy, signal: AbortSignal): unknown {
  if (error instanceof UserError) return error;
  if (signal.aborted) return new UserError('FETCH_FAILED', { url: url.href, reason: `it did not answer within ${policy.timeoutMs / 1000} seconds` });
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ECONNREFUSED' ? 'the connection was refused'
    : code === 'ECONNRESET' ? 'the connection was reset'
    : code?.startsWith('ERR_TLS') || code?.includes('CERT') ? 'its HTTPS certificate is not valid'
    : `the connection failed (${code ?? (error as Error).message})`;
  return new UserError('FETCH_FAILED', { url: url.href, reason });
}
