// Server-Sent Events on a hijacked reply: named events, a keep-alive comment, cleanup on close.
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface EventStream {
  send(event: string, data: unknown): void;
  onClose(fn: () => void): void;
}

const KEEPALIVE_MS = 20_000;

export function openEventStream(req: FastifyRequest, reply: FastifyReply): EventStream {
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  res.write('retry: 3000\n\n');
  const closers: (() => void)[] = [];
  const timer = setInterval(() => res.write(': keep-alive\n\n'), KEEPALIVE_MS);
  req.raw.on('close', () => {
    clearInterval(timer);
    for (const fn of closers) fn();
  });
  return {
    send: (event, data) => {
      if (!res.writableEnded) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    onClose: (fn) => closers.push(fn),
  };
}
