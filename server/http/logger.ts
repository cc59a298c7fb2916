// The server logs through Fastify's structured (pino) logger; code outside a request takes the
// app's logger as this type.
import type { FastifyBaseLogger } from 'fastify';

export type Logger = FastifyBaseLogger;
