import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * Ports for the servers the slow suites start, chosen by the system (listen on 0), so that two
 * runs on one machine, or two suites at once, never collide on a hard-coded number.
 */

/** A port free now on 127.0.0.1, for a server that must be told its port before it starts (nginx, a build's SITE_URL). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** tests/serve.mjs on a free port, serving `dir`; resolves once it listens, with its origin. */
export function serveDir(dir: string): Promise<{ origin: string; server: ChildProcess }> {
  const server = spawn(process.execPath, ['tests/serve.mjs', '0', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    server.once('exit', (code) => reject(new Error(`tests/serve.mjs exited (${code}) before listening: ${out}`)));
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        server.removeAllListeners('exit');
        resolve({ origin: m[1], server });
      }
    });
  });
}
