// A loopback TCP proxy in front of the server, one per device, that injects network faults on
// command (F16, docs/reliability.md): delay every connection, drop the next answer after the
// server has read the request (and maybe committed it), reset the next connection before the
// server sees it, or partition the device (every connection refused and cut). It counts what
// it injected, for the fault report.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { freePort } from './free-port.ts';

export type ProxyFault = 'delay' | 'drop' | 'reset' | 'partition';

export class FaultProxy {
  private delayMs = 0;
  private dropNext = 0;
  private resetNext = 0;
  private partitioned = false;
  private readonly open = new Set<Socket>();
  /** Faults that really hit a connection, by kind. */
  readonly injected: Record<ProxyFault, number> = { delay: 0, drop: 0, reset: 0, partition: 0 };

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetPort: number): Promise<FaultProxy> {
    const port = await freePort();
    let self: FaultProxy | null = null;
    const server = createServer((client) => self!.handle(client, targetPort));
    self = new FaultProxy(server, port);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return self;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  delay(ms: number): void {
    this.delayMs = ms;
  }
  drop(n = 1): void {
    this.dropNext += n;
  }
  reset(n = 1): void {
    this.resetNext += n;
  }
  /** Cuts every open connection and refuses new ones until heal(). */
  partition(): void {
    this.partitioned = true;
    this.injected.partition++;
    for (const s of this.open) s.destroy();
  }
  heal(): void {
    this.partitioned = false;
    this.delayMs = 0;
    this.dropNext = 0;
    this.resetNext = 0;
  }

  private handle(client: Socket, targetPort: number): void {
    this.open.add(client);
    client.on('close', () => this.open.delete(client));
    client.on('error', () => undefined);
    if (this.partitioned) {
      client.destroy();
      return;
    }
    const delay = this.delayMs;
    if (delay) this.injected.delay++;
    client.pause();
    setTimeout(() => {
      if (client.destroyed) return;
      const upstream = connect(targetPort, '127.0.0.1');
      this.open.add(upstream);
      upstream.on('close', () => {
        this.open.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      // Armed faults hit the next request or answer on any connection, kept-alive ones too.
      client.on('data', (d) => {
        if (this.resetNext > 0) {
          // The request is cut before the server sees it.
          this.resetNext--;
          this.injected.reset++;
          upstream.destroy();
          client.resetAndDestroy();
          return;
        }
        upstream.write(d);
      });
      upstream.on('data', (d) => {
        // The server answered: it has read the request. Dropping here loses the answer only.
        if (this.dropNext > 0) {
          this.dropNext--;
          this.injected.drop++;
          upstream.destroy();
          client.destroy();
          return;
        }
        client.write(d);
      });
      client.resume();
    }, delay);
  }

  async close(): Promise<void> {
    for (const s of this.open) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
