import { z } from 'zod';

/** What a file reply's handler sends: the bytes as they are, whole or streamed. */
type FileBody = string | Uint8Array | NodeJS.ReadableStream;

// The schema only describes the file in the API (a string of bytes). Fastify sends a string, a buffer or a stream as
// it is, never through the serialiser, so the schema is typed as what the handler sends.
const bytes = z.string().meta({ format: 'binary' }) as unknown as z.ZodType<FileBody>;

/**
 * A reply that is a file (a PDF, a CSV, JSON lines, a stream of events), described in the API by its media type
 * rather than by a JSON schema: `response: { 200: fileReply('The court file', 'application/pdf') }`.
 */
export const fileReply = <M extends string>(description: string, mediaType: M) => ({
  description,
  content: { [mediaType]: { schema: bytes } } as Record<M, { schema: z.ZodType<FileBody> }>,
});
