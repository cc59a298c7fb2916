// What no request may be, whatever the route (findings M7, M8, minor 7): JSON nested deeper
// than any real message, a NUL character in the query or the path, or a body over the route's
// limit, which is read to its end and answered 413 so the client hears BODY_TOO_LARGE instead
// of a reset connection. NUL in JSON bodies is refused by parseBody (server/http/parse.ts) or
// the route's own parser, which can name the field; in an op payload it rejects that op alone.
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '#core/errors.ts';
import { NO_NUL_MESSAGE } from '#core/fields.ts';
import { ApiError } from './api-error.ts';

/** No real message nests beyond a dozen levels; op payloads have their own, lower bound. */
export const MAX_BODY_DEPTH = 64;
/** Bodies over the limit but under this are read and dropped, to answer 413 cleanly. */
const MAX_DRAINED_BYTES = 64 * 1024 * 1024;
const DEFAULT_BODY_LIMIT = 256 * 1024;

export function guardBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (nestsDeeperThan(body as string, MAX_BODY_DEPTH)) {
      done(
        new ApiError(
          400,
          ErrorCode.BAD_REQUEST,
          `The JSON nests deeper than ${MAX_BODY_DEPTH} levels`,
        ),
        undefined,
      );
      return;
    }
    void parseJson(req, body as string, done);
  });

  app.addHook('preParsing', async (req, reply, payload) => {
    const limit = req.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT;
    const length = Number(req.headers['content-length']);
    if (length > limit) {
      if (length <= MAX_DRAINED_BYTES) await drain(req.raw);
      else reply.header('connection', 'close');
      throw new ApiError(
        413,
        ErrorCode.BODY_TOO_LARGE,
        `The request body is too large (at most ${limit} bytes here)`,
      );
    }
    return payload;
  });

  app.addHook('preValidation', (req, _reply, done) => {
    if (!req.url.startsWith('/api/')) return done();
    const where = nulIn(req.query, 'query') ?? nulIn(req.params, 'path');
    done(
      where
        ? new ApiError(400, ErrorCode.BAD_REQUEST, `Text ${NO_NUL_MESSAGE} (${where})`)
        : undefined,
    );
  });
}

/** A linear scan that counts brackets outside strings; JSON.parse would take any depth. */
export function nestsDeeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Where a NUL sits in a parsed value (a string or a key), or null. */
export function nulIn(value: unknown, path: string): string | null {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length) {
    const [v, at] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return at;
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes('\u0000')) return at;
        stack.push([child, `${at}.${k}`]);
      }
    }
  }
  return null;
}

function drain(raw: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    raw.on('end', resolve);
    raw.on('error', () => resolve());
    raw.on('close', resolve);
    raw.resume();
  });
}
