import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, parsePort, startServer } from '../scripts/serve.mjs';

const SCRIPT = fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url));

/** A raw GET of `path` (sent as it is, not normalized by a URL parser). */
function get(port: number, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: 'localhost', port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Files the build writes, and the type each must be served with. */
const FILES: Record<string, RegExp> = {
  'sitemap.xml': /^application\/xml; charset=utf-8$/,
  'manifest.webmanifest': /^application\/manifest\+json; charset=utf-8$/,
  'ots.ics': /^text\/calendar; charset=utf-8$/,
  'record.json': /^application\/json; charset=utf-8$/,
  'favicon.svg': /^image\/svg\+xml$/,
  'icon-192.png': /^image\/png$/,
  'robots.txt': /^text\/plain; charset=utf-8$/,
  'ots.csv': /^text\/csv; charset=utf-8$/,
  'app.js': /^text\/javascript; charset=utf-8$/,
  'style.css': /^text\/css; charset=utf-8$/,
  'PHOTO.JPG': /^image\/jpeg$/,
  'font.woff2': /^font\/woff2$/,
  'blob.unknownext': /^application\/octet-stream$/,
};

describe('serve.mjs', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'turnus-serve-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>404</title>');
    mkdirSync(join(root, 'ots'));
    writeFileSync(join(root, 'ots', 'index.html'), '<!doctype html><title>ots</title>');
    for (const name of Object.keys(FILES)) writeFileSync(join(root, name), 'x');
    server = await startServer({ root, port: 0 });
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('redirects a folder without its slash to the same site only', async () => {
    expect((await get(port, '/ots?x=1')).headers.location).toBe('/ots/?x=1');
    for (const path of ['//evil.example/..', '//evil.example/%2e%2e', '/\\evil.example/..', '//evil.example/../ots']) {
      const res = await get(port, path);
      const location = String(res.headers.location ?? '');
      expect(location, path).not.toMatch(/^\/\/|^\/\\|^[a-z]+:/i);
      expect(location.startsWith('/') || location === '', path).toBe(true);
    }
  });

  it('sends each kind of file with its content type, and nosniff', async () => {
    for (const [name, type] of Object.entries(FILES)) {
      const res = await get(port, `/${name}`);
      expect(res.status, name).toBe(200);
      expect(String(res.headers['content-type']), name).toMatch(type);
      expect(res.headers['x-content-type-options'], name).toBe('nosniff');
    }
  });

  it('knows a type by its extension in any case', () => {
    expect(contentType('/a/b/sitemap.XML')).toBe('application/xml; charset=utf-8');
    expect(contentType('feed.ics')).toBe('text/calendar; charset=utf-8');
    expect(contentType('no-extension')).toBe('application/octet-stream');
  });

  it('sends a Permissions-Policy header with every response', async () => {
    expect((await get(port, '/')).headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect((await get(port, '/nowhere')).headers['permissions-policy']).toMatch(/geolocation=\(\)/);
  });

  it('accepts only port numbers', () => {
    expect(parsePort('8080')).toBe(8080);
    expect(parsePort('0')).toBe(0);
    for (const bad of ['abc', '', '-1', '65536', '80.5', '1e3']) expect(parsePort(bad), bad).toBeNull();
  });

  it('refuses --port abc with a coded one-line error and exit code 2', () => {
    const run = spawnSync(process.execPath, [SCRIPT, '--port', 'abc'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^serve: E_INVALID_OPTION --port "abc" is not a port number \(0 to 65535\)\n {2}hint: /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
