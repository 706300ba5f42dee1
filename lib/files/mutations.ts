import "server-only";
// Writes of the PostgreSQL file storage (postgres.ts).
import { db } from "@/lib/db/client";

// Writing 10 MiB on a busy embedded database can outlast Prisma's 5-second
// default; the transaction only ever touches this one file's rows.
const WRITE_TIMEOUT_MS = 60_000;

/** Replaces the file's chunks, all or nothing: a reader never sees half a file. */
export async function writeFileChunks(key: string, chunks: Iterable<Uint8Array>): Promise<void> {
  await db().$transaction(
    async (tx) => {
      await tx.storedFileChunk.deleteMany({ where: { key } });
      let seq = 0;
      // One row at a time: a transaction's client runs one query at a time,
      // and only one chunk's parameters are in flight.
      for (const bytes of chunks) {
        await tx.storedFileChunk.create({
          data: { key, seq, bytes: overArrayBuffer(bytes) },
          select: { seq: true },
        });
        seq++;
      }
    },
    { timeout: WRITE_TIMEOUT_MS, maxWait: WRITE_TIMEOUT_MS },
  );
}

/** Prisma's Bytes is a view of an ArrayBuffer: the same view, retyped; copied only from a SharedArrayBuffer. */
function overArrayBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer, byteOffset, byteLength } = bytes;
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer, byteOffset, byteLength)
    : new Uint8Array(bytes);
}

export async function deleteFileChunks(key: string): Promise<void> {
  await db().storedFileChunk.deleteMany({ where: { key } });
}
