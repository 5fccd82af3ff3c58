// A host page on another origin, for the embed browser tests: it embeds the app's views with
// public/embed.js, as a site that pastes the embed code would.
// Usage: node scripts/host-page.mjs <port> <app origin> — then open
// http://127.0.0.1:<port>/?frame=embed%3Dranking%26embedId%3Da&frame=… (one iframe per `frame`,
// each the query string of an embed). The page has no script of its own: only embed.js.
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 4393);
const app = (process.argv[3] ?? 'http://127.0.0.1:4391').replace(/\/$/, '');

/** @param {string} text */
const attr = (text) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname !== '/') return void res.writeHead(404).end('not found');
  const frames = url.searchParams
    .getAll('frame')
    .map(
      (query, i) =>
        `<iframe id="frame-${i}" src="${attr(`${app}/?${query}`)}" title="Embed ${i + 1}" data-ecoles-embed height="150" style="width: 100%; border: 0" allow="clipboard-write"></iframe>`,
    );
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A host page</title>
  </head>
  <body>
    <main>
      <h1>A host page</h1>
      ${frames.join('\n      ')}
      <p id="after">After the embeds.</p>
    </main>
    <script src="${attr(app)}/embed.js" async></script>
  </body>
</html>
`);
}).listen(port, '127.0.0.1', () => console.log(`host page on http://127.0.0.1:${port}/`));
