import "server-only";
// Reads of the PostgreSQL file storage (postgres.ts): a file is the ordered
// StoredFileChunk rows of its key.
import { db } from "@/lib/db/client";

/** How many chunks the file has; 0 when there is no such file. */
export async function countFileChunks(key: string): Promise<number> {
  return db().storedFileChunk.count({ where: { key } });
}

/** One chunk's bytes, or null when it is not there (the file was deleted meanwhile). */
export async function findFileChunk(key: string, seq: number): Promise<Uint8Array | null> {
  const chunk = await db().storedFileChunk.findUnique({
    where: { key_seq: { key, seq } },
    select: { bytes: true },
  });
  return chunk?.bytes ?? null;
}
