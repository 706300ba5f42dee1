import { describe, expect, it } from "vitest";
import { FileIntegrityError, sha256Hex, verifiedStream } from "./checksum";

const encode = (text: string) => new TextEncoder().encode(text);

function streamOf(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** Reads the stream to its end, or to its error, keeping what arrived. */
async function drain(stream: ReadableStream<Uint8Array>) {
  const received: Uint8Array[] = [];
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { received, error: undefined };
      received.push(value);
    }
  } catch (error) {
    return { received, error };
  }
}

describe("sha256Hex", () => {
  it("is the lowercase hex SHA-256 of the bytes", () => {
    expect(sha256Hex(encode("abc"))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(sha256Hex(new Uint8Array(0))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
  });
});

describe("verifiedStream", () => {
  const [first, second, last] = [encode("first "), encode("second "), encode("last")];
  const chunks = [first, second, last];
  const sum = sha256Hex(encode("first second last"));

  it("passes matching bytes through unchanged, whatever the case of the expected hash", async () => {
    const { received, error } = await drain(verifiedStream(streamOf(...chunks), sum.toUpperCase()));
    expect(error).toBeUndefined();
    expect(received).toEqual(chunks);
  });

  it("fails a mismatched file before its last chunk, so it never arrives whole", async () => {
    const tampered = [first, second, encode("lost")];
    const { received, error } = await drain(verifiedStream(streamOf(...tampered), sum));
    expect(error).toBeInstanceOf(FileIntegrityError);
    expect(received).toEqual([first, second]);
  });

  it("fails a file that lost its end (a chunk deleted while it was read)", async () => {
    const { error } = await drain(verifiedStream(streamOf(first, second), sum));
    expect(error).toBeInstanceOf(FileIntegrityError);
  });
});
