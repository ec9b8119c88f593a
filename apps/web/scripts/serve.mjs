// A small static server for dist/: correct MIME types, the Content-Security-Policy header, a
// 404 page, and nothing outside dist/. `node scripts/serve.mjs [--port N]`; PORT works too.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { CSP_HEADER } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

/** The Content-Type of a file by its extension (any case); unknown ones are plain bytes. */
export function contentType(file) {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

const HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The site uses none of these browser features; no page (nor anything injected) may ask for them.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
};

/** A port number given on the command line or in PORT: a whole number from 0 (any free port) to 65535, or null. */
export function parsePort(value) {
  if (typeof value !== 'string' || !/^\d{1,5}$/.test(value.trim())) return null;
  const port = Number(value.trim());
  return port <= 65535 ? port : null;
}

/** Resolves a request path to a file inside `root`, or null (never outside it). */
export function resolveFile(root, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = join(file, 'index.html');
    return existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

/** Starts the server on `port` (0: any free port); resolves with the server once it listens. */
export function startServer({ root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist'), port = 4173, host = 'localhost' } = {}) {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} holds no built site: run \`pnpm --filter @turnus/web build\` first`);
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = req.url ?? '/';
    const pathname = url.split('?')[0];
    // A folder without its trailing slash: redirect, so that relative addresses keep working.
    const dir = resolveFile(root, pathname);
    if (dir && !pathname.endsWith('/') && dir.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
      // The address is rebuilt from the folder found inside dist/, never from the request: a
      // request for //evil.example/.. must not become a redirect to another site.
      const folder = relative(root, dirname(dir)).split(sep).filter(Boolean).map(encodeURIComponent).join('/');
      const query = url.slice(pathname.length).replace(/^[^?]*/, '');
      res.writeHead(301, { ...HEADERS, Location: `/${folder ? `${folder}/` : ''}${query}` }).end();
      return;
    }
    const file = dir ?? join(root, '404.html');
    const status = dir ? 200 : 404;
    const type = contentType(file);
    const cache = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    // Text is sent gzipped when the client accepts it, as any real host would.
    const gzip = /^(text\/|application\/(json|xml|manifest\+json|geo\+json|yaml)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(status, { ...HEADERS, 'Content-Type': type, 'Cache-Control': cache, Vary: 'Accept-Encoding', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // A file that vanished between the lookup and the read (a rebuild) ends the response, not the server.
    const stream = createReadStream(file).on('error', () => res.destroy());
    if (gzip) stream.pipe(createGzip()).pipe(res);
    else stream.pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const flag = process.argv.indexOf('--port');
  const given = flag > 0 ? process.argv[flag + 1] : process.env.PORT;
  const port = given === undefined ? 4173 : parsePort(given);
  if (port === null) {
    console.error(`serve: E_INVALID_OPTION ${flag > 0 ? '--port' : 'PORT'} ${JSON.stringify(given ?? '')} is not a port number (0 to 65535)\n  hint: for example: pnpm --filter @turnus/web serve --port 8080`);
    process.exit(2);
  }
  startServer({ port })
    .then((server) => {
      const address = server.address();
      console.log(`Turnus web: serving dist/ on http://localhost:${address.port}/ (Ctrl+C to stop)`);
    })
    .catch((error) => {
      const code = error.code === 'EADDRINUSE' ? 'E_PORT_IN_USE' : error.code === 'EACCES' ? 'E_PERMISSION' : 'E_SERVE';
      const hint = error.code === 'EADDRINUSE' ? 'stop the other server or pass --port N' : error.code === 'EACCES' ? 'ports below 1024 need privileges: pass --port 4173' : 'run pnpm --filter @turnus/web build first';
      console.error(`serve: ${code} ${error.code === 'EADDRINUSE' ? `port ${port} is in use` : error.message}\n  hint: ${hint}`);
      process.exit(1);
    });
}
