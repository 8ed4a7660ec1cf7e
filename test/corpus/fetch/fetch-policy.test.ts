/** The guard at the resolution step: a resolver is passed in, so no test here sends any traffic. */
import { describe, expect, test } from 'vitest';
import { checkAttachment } from '../../../src/corpus/admin/attachment-policy.ts';
import { checkContentType, checkDeclaredSize, checkUrl, redirectTarget, resolveAllowed, type Resolver } from '../../../src/corpus/fetch/fetch-policy.ts';

const table: Record<string, string[]> = {
  'news.example.org': ['93.184.215.14'],
  'metadata.internal': ['169.254.169.254'],
  'rebind.example.org': ['93.184.215.14', '10.0.0.7'],
  'v6-mapped.example.org': ['::ffff:192.168.0.1'],
  'intranet.example.org': ['10.20.30.40'],
};
const resolver: Resolver = async (host) => {
  const addresses = table[host];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

describe('checkUrl', () => {
  test.each([
    ['file:///etc/passwd', 'only http and https'],
    ['ftp://example.org/a.txt', 'only http and https'],
    ['gopher://example.org/', 'only http and https'],
    ['https://user:secret@example.org/', 'user name or password'],
    ['not a link', 'not a complete link'],
  ])('GIVEN %s THEN it is refused (%s)', (link, reason) => {
    expect(() => checkUrl(link)).toThrow(reason);
  });

  test('GIVEN an https link THEN it is accepted as a URL', () => {
    expect(checkUrl(' https://news.example.org/a ').href).toBe('https://news.example.org/a');
  });
});

describe('resolveAllowed', () => {
  test('GIVEN a host with a public address THEN that address is the one to connect to', async () => {
    await expect(resolveAllowed(new URL('https://news.example.org/x'), resolver, [])).resolves.toEqual({ address: '93.184.215.14', family: 4 });
  });

  test.each([
    ['http://metadata.internal/latest/meta-data/', 'link-local'],
    ['http://rebind.example.org/', 'private'],
    ['http://v6-mapped.example.org/', 'private (IPv4 inside IPv6)'],
    ['http://127.0.0.1:8080/', 'loopback'],
    ['http://[::1]/', 'loopback'],
    ['http://[::ffff:169.254.169.254]/', 'link-local'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
  ])('GIVEN %s THEN it is refused as %s', async (link, range) => {
    await expect(resolveAllowed(new URL(link), resolver, [])).rejects.toThrow(range);
  });

  test('GIVEN a private host named in the allow list THEN it is allowed, by name or by address', async () => {
    await expect(resolveAllowed(new URL('http://intranet.example.org/'), resolver, ['intranet.example.org'])).resolves.toEqual({ address: '10.20.30.40', family: 4 });
    await expect(resolveAllowed(new URL('http://127.0.0.1:9/'), resolver, ['127.0.0.1'])).resolves.toEqual({ address: '127.0.0.1', family: 4 });
    await expect(resolveAllowed(new URL('http://[::1]:9/'), resolver, ['127.0.0.1'])).rejects.toThrow('loopback');
  });

  test('GIVEN a host that does not resolve THEN the moderator is told it could not be found', async () => {
    await expect(resolveAllowed(new URL('https://nowhere.example.org/'), resolver, [])).rejects.toThrow('could not be found');
  });
});

describe('response and redirect checks', () => {
  test('GIVEN the content types of documents THEN they are read as their kind; others are refused', () => {
    expect(checkContentType('u', 'text/html; charset=utf-8')).toBe('html');
    expect(checkContentType('u', 'text/markdown')).toBe('markdown');
    expect(checkContentType('u', 'text/plain')).toBe('text');
    expect(checkContentType('u', 'application/pdf')).toBe('pdf');
    // A .pdf link served as a download is read as a PDF; anything else so served is refused.
    expect(checkContentType('https://gob.example/docs/Statement.PDF?dl=1', 'application/octet-stream')).toBe('pdf');
    expect(checkContentType('u', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('docx');
    expect(checkContentType('https://gob.example/docs/statement.docx', 'binary/octet-stream')).toBe('docx');
    expect(() => checkContentType('https://gob.example/docs/statement.zip', 'application/octet-stream')).toThrow('a application/octet-stream file');
    expect(() => checkContentType('u', 'application/zip')).toThrow('a application/zip file, not a web page, text, a PDF or a Word document');
    expect(() => checkContentType('u', undefined)).toThrow('of no stated type');
  });

  test('GIVEN a declared length over the cap THEN it is refused before reading', () => {
    expect(() => checkDeclaredSize('u', String(6 * 1024 * 1024), 5 * 1024 * 1024)).toThrow('6 MB, over the 5 MB limit');
    expect(() => checkDeclaredSize('u', '1000', 5 * 1024 * 1024)).not.toThrow();
  });

  test('GIVEN a redirect THEN its target is resolved against the page and checked like a link', () => {
    expect(redirectTarget(new URL('https://news.example.org/a/b'), '../c').href).toBe('https://news.example.org/c');
    expect(() => redirectTarget(new URL('https://news.example.org/'), 'file:///etc/passwd')).toThrow('only http and https');
    expect(() => redirectTarget(new URL('https://news.example.org/'), undefined)).toThrow('without saying where');
  });
});

describe('checkAttachment', () => {
  const max = 5 * 1024 * 1024;
  test('GIVEN .md, .txt, .html, .pdf and .docx files THEN each is read as its kind', () => {
    expect(checkAttachment({ name: 'statement.docx', size: 100, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, max)).toBe('docx');
    // Some clients announce a .docx by what it is underneath.
    expect(checkAttachment({ name: 'statement.docx', size: 100, contentType: 'application/zip' }, max)).toBe('docx');
    expect(checkAttachment({ name: 'Statement.PDF', size: 100, contentType: 'application/pdf' }, max)).toBe('pdf');
    expect(checkAttachment({ name: 'notes.md', size: 100, contentType: 'text/markdown; charset=utf-8' }, max)).toBe('markdown');
    expect(checkAttachment({ name: 'notes.TXT', size: 100, contentType: null }, max)).toBe('text');
    expect(checkAttachment({ name: 'page.html', size: 100, contentType: 'text/html' }, max)).toBe('html');
  });

  test.each([
    [{ name: 'report.doc', size: 100, contentType: 'application/msword' }, '.doc files are not read'],
    [{ name: 'scan.pdf', size: 100, contentType: 'image/png' }, 'Discord reports it as image/png, not text, a PDF or a Word document'],
    [{ name: 'big.md', size: 6 * 1024 * 1024, contentType: 'text/markdown' }, 'it is 6 MB'],
    [{ name: 'image.txt', size: 100, contentType: 'image/png' }, 'Discord reports it as image/png'],
    [{ name: 'README', size: 100, contentType: 'text/plain' }, 'it has no extension'],
  ])('GIVEN %o THEN it is refused before download', (file, reason) => {
    expect(() => checkAttachment(file, max)).toThrow(reason);
  });
});
