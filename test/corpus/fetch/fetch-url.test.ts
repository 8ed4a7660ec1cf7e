/**
 * The fetcher against a real HTTP server on 127.0.0.1 (the only address tests send traffic to),
 * allowed explicitly. Host names resolve through a resolver passed in, never through DNS.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_FETCH_POLICY, type FetchPolicy, type Resolver } from '../../../src/corpus/fetch/fetch-policy.ts';
import { fetchDocument } from '../../../src/corpus/fetch/fetch-url.ts';

let server: Server;
let base: string;
let port: number;
const requests: IncomingMessage[] = [];
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/article': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'session=abc' }).end('<p>Hello</p>'),
  '/notes': (_, res) => res.writeHead(200, { 'content-type': 'text/markdown' }).end('# Notes'),
  '/zip': (_, res) => res.writeHead(200, { 'content-type': 'application/zip' }).end('PK'),
  '/missing': (_, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('nope'),
  '/declared-big': (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10_000) }).end('x'.repeat(10_000)),
  '/streamed-big': (_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = 'y'.repeat(1000);
    let sent = 0;
    const pump = () => {
      while (sent < 50 && res.write(chunk)) sent++;
      if (sent < 50) res.once('drain', pump);
      else res.end();
    };
    pump();
  },
  '/silent': () => undefined, // never answers
  '/to-metadata': (_, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
  '/to-named-private': (_, res) => res.writeHead(301, { location: 'http://intranet.test/secret' }).end(),
  '/to-file': (_, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    const url = new URL(req.url ?? '/', 'http://x');
    const hops = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hops) {
      const n = Number(hops[1]);
      if (n === 0) return void res.writeHead(200, { 'content-type': 'text/plain' }).end('arrived');
      return void res.writeHead(302, { location: `/hop/${n - 1}`, 'set-cookie': 'tracker=1' }).end();
    }
    const route = routes[url.pathname];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const allowLocal: FetchPolicy = { ...DEFAULT_FETCH_POLICY, allowHosts: ['127.0.0.1'] };
const names: Record<string, string> = { 'article.test': '127.0.0.1', 'intranet.test': '10.0.0.8' };
const resolver: Resolver = async (host) => {
  const address = names[host];
  if (!address) throw new Error(`ENOTFOUND ${host}`);
  return [{ address, family: 4 }];
};

function requestsTo(path: string): IncomingMessage[] {
  return requests.filter((r) => r.url === path);
}

describe('fetchDocument', () => {
  test('GIVEN an HTML page THEN its bytes, kind and charset come back, and no cookie or credential was sent', async () => {
    const page = await fetchDocument(`${base}/article`, { policy: allowLocal, resolve: resolver });
    expect(page).toMatchObject({ finalUrl: `${base}/article`, kind: 'html', charset: 'utf-8' });
    expect(page.body.toString()).toBe('<p>Hello</p>');
    const sent = requestsTo('/article').at(-1)!.headers;
    expect(sent.cookie).toBeUndefined();
    expect(sent.authorization).toBeUndefined();
    expect(sent.referer).toBeUndefined();
  });

  test('GIVEN a host name THEN the connection goes to the address the guard checked (no DNS lookup of its own)', async () => {
    const page = await fetchDocument(`http://article.test:${port}/notes`, { policy: allowLocal, resolve: resolver });
    expect(page.kind).toBe('markdown');
    expect(requestsTo('/notes').at(-1)!.headers.host).toBe(`article.test:${port}`);
  });

  test('GIVEN 127.0.0.1 is not in the allow list THEN it is refused and nothing is requested', async () => {
    const before = requests.length;
    await expect(fetchDocument(`${base}/article`, { resolve: resolver })).rejects.toThrow(/loopback address .*never fetches/);
    expect(requests.length).toBe(before);
  });

  test('GIVEN up to five redirects THEN they are followed, without carrying the cookies they set', async () => {
    const page = await fetchDocument(`${base}/hop/5`, { policy: allowLocal, resolve: resolver });
    expect(page.body.toString()).toBe('arrived');
    expect(page.finalUrl).toBe(`${base}/hop/0`);
    expect(requestsTo('/hop/0').at(-1)!.headers.cookie).toBeUndefined();
  });

  test('GIVEN a sixth redirect THEN the fetch is refused', async () => {
    await expect(fetchDocument(`${base}/hop/6`, { policy: allowLocal, resolve: resolver })).rejects.toThrow('redirects more than 5 times');
  });

  test.each([
    ['/to-metadata', 'link-local'],
    ['/to-named-private', 'intranet.test is a private address'],
    ['/to-file', 'only http and https'],
  ])('GIVEN a redirect %s THEN its target is checked and refused (%s)', async (path, reason) => {
    await expect(fetchDocument(`${base}${path}`, { policy: allowLocal, resolve: resolver })).rejects.toThrow(reason);
  });

  test('GIVEN a type that is not a document THEN it is refused', async () => {
    await expect(fetchDocument(`${base}/zip`, { policy: allowLocal, resolve: resolver })).rejects.toThrow('application/zip');
  });

  test('GIVEN an error status THEN the moderator is told what the site answered', async () => {
    await expect(fetchDocument(`${base}/missing`, { policy: allowLocal, resolve: resolver })).rejects.toThrow('the site answered 404 Not Found');
  });

  test('GIVEN a body over the cap THEN it is refused, whether declared or streamed', async () => {
    const small = { ...allowLocal, maxBytes: 5_000 };
    await expect(fetchDocument(`${base}/declared-big`, { policy: small, resolve: resolver })).rejects.toThrow('over the 5 KB limit');
    await expect(fetchDocument(`${base}/streamed-big`, { policy: small, resolve: resolver })).rejects.toThrow('larger than the 5 KB limit');
  });

  test('GIVEN a server that never answers THEN the fetch gives up after the timeout', async () => {
    await expect(fetchDocument(`${base}/silent`, { policy: { ...allowLocal, timeoutMs: 300 }, resolve: resolver })).rejects.toThrow('did not answer within 0.3 seconds');
  });
});
