// SHA-256 of a file's bytes: stored with the attachment when it is written,
// compared when it is read back, so storage that returns other bytes (a
// corrupted object, a half-deleted set of chunks) never reaches a patient as
// a silently wrong document.
import { createHash } from "node:crypto";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export class FileIntegrityError extends Error {
  override name = "FileIntegrityError";
}

/**
 * Passes the stream through and fails it at the end if its bytes do not hash
 * to `expectedSha256`. The last chunk is held back until the hash is known, so
 * a mismatched file never arrives whole: the download ends short of its
 * Content-Length and the browser reports it failed.
 */
export function verifiedStream(
  stream: ReadableStream<Uint8Array>,
  expectedSha256: string,
): ReadableStream<Uint8Array> {
  const hash = createHash("sha256");
  let held: Uint8Array | undefined;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        hash.update(chunk);
        if (held) controller.enqueue(held);
        held = chunk;
      },
      flush(controller) {
        const actual = hash.digest("hex");
        if (actual !== expectedSha256.toLowerCase()) {
          controller.error(new FileIntegrityError("stored file does not match its checksum"));
          return;
        }
        if (held) controller.enqueue(held);
      },
    }),
  );
}
