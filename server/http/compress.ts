// Compresses API answers (JSON and CSV exports) for the weak networks of a warehouse floor.
// Built files come precompressed from the build and already carry their encoding, so they are
// left alone; event streams are hijacked replies and never pass through here.
import type { FastifyInstance } from 'fastify';
import fastifyCompress from '@fastify/compress';

/** Answers smaller than this are sent as they are: the encoding costs about what it saves. */
const THRESHOLD_BYTES = 1024;

export async function compressAnswers(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    globalCompression: true,
    // Devices send plain JSON; decoding request bodies would only let a small request expand
    // past the body limit's intent.
    globalDecompression: false,
    threshold: THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    customTypes: /^(application\/json|text\/csv)/,
  });
}
