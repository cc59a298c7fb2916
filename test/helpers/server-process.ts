// The real server as a child process, for end-to-end and fault tests: it can be stopped,
// SIGKILLed mid-batch and started again on the same data directory and port.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.ts';
import { HttpClient } from './http-client.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcessOptions {
  dataDir?: string;
  port?: number;
  env?: Record<string, string>;
  distDir?: string;
}

export class ServerProcess {
  private child: ChildProcess | null = null;
  private output = '';
  readonly http: HttpClient;

  private constructor(
    readonly port: number,
    readonly dataDir: string,
    private readonly opts: ServerProcessOptions,
  ) {
    this.http = new HttpClient(this.url);
  }

  static async start(opts: ServerProcessOptions = {}): Promise<ServerProcess> {
    const server = new ServerProcess(
      opts.port ?? (await freePort()),
      opts.dataDir ?? mkdtempSync(join(tmpdir(), 'floorsync-e2e-')),
      opts,
    );
    await server.start();
    return server;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        DIST_DIR: this.opts.distDir ?? join(ROOT, 'dist'),
        FLOORSYNC_TEST_HOOKS: '1',
        LOG_LEVEL: 'warn',
        ...this.opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    for (let i = 0; i < 300; i++) {
      if (!this.running) throw new Error(`server exited: ${this.output}`);
      const ok = await fetch(`${this.url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not become healthy: ${this.output}`);
  }

  /** Stops the process (SIGTERM by default; SIGKILL to simulate a crash) and waits for it. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill(signal);
    await exited;
  }

  /** Resolves when the process dies by itself (a test hook killed it). */
  exited(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return Promise.resolve();
    return new Promise((r) => child.once('exit', () => r()));
  }

  async setHooks(hooks: {
    killAfterOps?: number | null;
    dropPushResponses?: number;
    failOpMatching?: string | null;
    delayPushMs?: number;
  }): Promise<void> {
    const res = await this.http.post('/api/test/hooks', hooks);
    if (res.status !== 200) throw new Error(`hooks: ${res.status}`);
  }

  get log(): string {
    return this.output;
  }

  async dispose(): Promise<void> {
    await this.stop('SIGKILL');
    if (!this.opts.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }
}
