// A tiny static server for the production builds, for browser tests and benchmarks.
// Usage: node scripts/serve.mjs [port] [folder] — serves dist/ (or the folder) at / and at
// /deep/sub/path/, the same with a strict Content-Security-Policy at /csp/, and the single-file build
// (dist-single/) at /single/.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { CSP } from './csp.mjs';

const port = Number(process.argv[2] ?? 4173);
const root = resolve(process.argv[3] ?? 'dist');
export const SUB_PATH = '/deep/sub/path/';

/** Path prefixes, most specific first: the folder each serves and the headers it adds. */
const mounts = [
  { prefix: SUB_PATH, root, headers: {} },
  { prefix: '/csp/', root, headers: { 'content-security-policy': CSP } },
  { prefix: '/single/', root: resolve('dist-single'), headers: {} },
  { prefix: '/', root, headers: {} },
];

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

createServer(async (req, res) => {
  const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const mount = mounts.find((m) => url.startsWith(m.prefix));
  if (!mount) return void res.writeHead(404).end();
  let path = '/' + url.slice(mount.prefix.length);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(mount.root, path));
  if (!file.startsWith(mount.root + sep)) return void res.writeHead(403).end();
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const type = types[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type, ...mount.headers });
    res.end(await readFile(file));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
