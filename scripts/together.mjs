// Runs npm scripts at once and fails when any of them fails: `node scripts/together.mjs check lint`.
// The type check, ESLint and Prettier each keep one core busy; CI's machine has two. Each script's
// output is printed whole when it ends, not interleaved with the others'.
import { spawn } from 'node:child_process';

const names = process.argv.slice(2);

/** @param {string} name @returns {Promise<number>} the script's exit code */
function run(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(`== npm run ${name}: ${code === 0 ? 'ok' : `failed (${code})`}\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(names.map(run));
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0;
