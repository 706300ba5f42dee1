import "server-only";
// The default file storage: the database the portal already has, so an
// install needs nothing else and a backup holds the files too. A file is
// stored in chunks so that a download reads one chunk at a time: a 10 MiB
// file is never held whole in memory.
import { countFileChunks, findFileChunk } from "./data";
import { deleteFileChunks, writeFileChunks } from "./mutations";
import type { FileStorage } from "./storage";

export const CHUNK_BYTES = 512 * 1024;

/** Views into the bytes, no copy; an empty file is one empty chunk, so it still exists. */
function* chunksOf(bytes: Uint8Array): Generator<Uint8Array> {
  let offset = 0;
  do {
    yield bytes.subarray(offset, offset + CHUNK_BYTES);
    offset += CHUNK_BYTES;
  } while (offset < bytes.length);
}

export function postgresStorage(): FileStorage {
  return {
    kind: "postgres",
    put: (key, bytes) => writeFileChunks(key, chunksOf(bytes)),
    async get(key) {
      const count = await countFileChunks(key);
      if (count === 0) return null;
      let seq = 0;
      return new ReadableStream<Uint8Array>({
        // Called as the reader consumes: one query per chunk, one chunk ahead.
        async pull(controller) {
          if (seq === count) return controller.close();
          const bytes = await findFileChunk(key, seq);
          if (!bytes) return controller.error(new Error(`file chunk ${seq} of ${count} is gone`));
          seq++;
          controller.enqueue(bytes);
        },
      });
    },
    delete: (key) => deleteFileChunks(key),
  };
}
