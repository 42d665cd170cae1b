import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free TCP port on 127.0.0.1 (the OS picks one; it is released for the server to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A static directory with a bare index.html: the server needs no build to run. */
export function bareStaticDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'om-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  return dir;
}

/**
 * A data directory of its own for a server process on the embedded sandbox (its SQLite files, the workspace and
 * its secret file inside), with a bare static directory: the environment such a process needs, with nothing
 * from the caller's own configuration leaking in (no remote upstream, no PostgreSQL, no secret), and `remove`.
 */
export function sandboxDataDir(prefix: string, apiKey: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `om-${prefix}-`));
  const staticDir = bareStaticDir();
  const env = {
    DATA_DIR: dataDir,
    SANDBOX_DB: join(dataDir, 'sandbox.db'),
    SANDBOX_API_KEY: apiKey,
    STATIC_DIR: staticDir,
    OPENMONEY_API_URL: '',
    DATABASE_URL: '',
    DASHBOARD_SECRET: '',
    WORKSPACE_DB: '',
  };
  const remove = () => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(staticDir, { recursive: true, force: true });
  };
  return { dataDir, env, remove };
}

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `server/main.ts` as its own process on 127.0.0.1 and resolves once it says it listens (or rejects
 * with its output if it exits or has not started within the bound).
 */
export async function startServerProcess(env: Record<string, string>, startupMs = 30_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      TSX_TSCONFIG_PATH: 'server/tsconfig.json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within ${startupMs} ms:\n${output}`)), startupMs);
    child.stdout?.on('data', () => {
      if (output.includes(`Dashboard on http://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { origin: `http://127.0.0.1:${port}`, child, output: () => output, stop };
}
