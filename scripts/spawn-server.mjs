// For the measuring scripts (bench-browser, longtasks): scripts/serve.mjs started as a child process
// on a folder and a port, resolved once it answers.
import { spawn } from 'node:child_process';

/**
 * Starts a static server of `dir` on port `at` and resolves once it answers.
 * @param {string} dir
 * @param {number} at the port
 */
export async function startServer(dir, at) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', String(at), dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.once('data', resolve);
    server.once('exit', () => reject(new Error(`no server on port ${at} (is it taken?)`)));
  });
  return server;
}
