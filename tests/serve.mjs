// A plain static file server for dist/, as a host would serve it: the browser tests run
// against this, not against a dev server. It sends the headers of dist/_headers (the strict
// Content Security Policy among them), as Netlify and Cloudflare Pages would.
// Text is gzipped when the browser asks for it. Usage: node tests/serve.mjs [port] [dir] (port 0: any free one)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2] ?? 4321);
const root = resolve(process.argv[3] ?? 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml', '.atom': 'application/atom+xml; charset=utf-8', '.webmanifest': 'application/manifest+json', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

// The same reading as src/lib/build/headers.ts (parseHeadersFile, headersFor), kept plain JS here.
const rules = [];
const headersPath = join(root, '_headers');
if (existsSync(headersPath)) {
  for (const line of readFileSync(headersPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: {} });
    else rules.at(-1).headers[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
  }
}
const headersFor = (path) =>
  Object.assign({}, ...rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : path === r.path)).map((r) => r.headers));

const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  let file = join(root, path);
  if (!file.startsWith(root)) return res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  const headers = headersFor(path);
  if (!existsSync(file)) {
    const notFound = join(root, '404.html');
    res.writeHead(404, { ...headers, 'content-type': TYPES['.html'] });
    return existsSync(notFound) ? createReadStream(notFound).pipe(res) : res.end('Not found');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  // Compressed, as every host and CDN serves text: measuring uncompressed pages would measure a
  // host nobody uses.
  if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg|xml|csv|manifest/.test(type)) {
    res.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
    return res.end(gzipSync(readFileSync(file)));
  }
  res.writeHead(200, { ...headers, 'content-type': type });
  createReadStream(file).pipe(res);
});
// Port 0: a free port, named in the line below (tests that start this server read it from there).
server.listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${server.address().port}/`));
