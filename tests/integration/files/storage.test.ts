// The file storage contract, run against both drivers: PostgreSQL on this
// run's database (TEST_DB) and S3 on an s3rver started here, in-process, so
// the suite needs nothing installed. Both drivers are built from the
// environment by the app's own factory, as the server builds them.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { env, resetEnvForTests } from "@/lib/env";
import { sha256Hex } from "@/lib/files/checksum";
import { countFileChunks } from "@/lib/files/data";
import { CHUNK_BYTES } from "@/lib/files/postgres";
import { createFileStorage, type FileStorage } from "@/lib/files/storage";

// The SDK's notice that Node 20 support ends, once per process.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

const BUCKET = "portal-files";
const drivers: Partial<Record<FileStorage["kind"], FileStorage>> = {};
let server: S3rver | undefined;
let directory: string | undefined;

/** Builds the storage the environment describes, then puts the environment back. */
function storageFrom(vars: Record<string, string>): FileStorage {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]));
  Object.assign(process.env, vars);
  resetEnvForTests();
  try {
    return createFileStorage(env());
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    resetEnvForTests();
  }
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "portal-s3rver-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  drivers.postgres = createFileStorage(env());
  drivers.s3 = storageFrom({
    FILE_STORAGE: "s3",
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_FORCE_PATH_STYLE: "1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  });
});

afterAll(async () => {
  await server?.close();
  if (directory) await rm(directory, { recursive: true, force: true });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const uniqueKey = (name: string) => `attachments/${name}-${randomBytes(6).toString("hex")}`;

// A little over 3 MiB: several 512 KiB chunks and a partial last one.
const BIG = 3 * 1024 * 1024 + 1234;

describe.each(["postgres", "s3"] as const)("file storage contract: %s", (kind) => {
  const storage = () => {
    const driver = drivers[kind];
    if (!driver) throw new Error(`${kind} storage was not set up`);
    return driver;
  };

  it("is the driver FILE_STORAGE names", () => {
    expect(storage().kind).toBe(kind);
  });

  it("gives back a 3 MB file byte for byte, with the same checksum", async () => {
    const bytes = randomBytes(BIG);
    const key = uniqueKey("big");
    await storage().put(key, bytes);
    const stream = await storage().get(key);
    expect(stream).not.toBeNull();
    const read = await readAll(stream!);
    expect(read.length).toBe(BIG);
    expect(sha256Hex(read)).toBe(sha256Hex(bytes));
    expect(Buffer.compare(read, bytes)).toBe(0);
  });

  it("gives back a 1-byte file", async () => {
    const key = uniqueKey("one");
    await storage().put(key, Uint8Array.of(0x25));
    expect(await readAll((await storage().get(key))!)).toEqual(Uint8Array.of(0x25));
  });

  it("keeps an empty file as a file that exists", async () => {
    const key = uniqueKey("empty");
    await storage().put(key, new Uint8Array(0));
    const stream = await storage().get(key);
    expect(stream).not.toBeNull();
    expect((await readAll(stream!)).length).toBe(0);
  });

  it("stores a view of a larger buffer as the view's bytes only", async () => {
    const whole = randomBytes(4096);
    const view = whole.subarray(1000, 1000 + 700);
    const key = uniqueKey("view");
    await storage().put(key, view);
    expect(Buffer.compare(await readAll((await storage().get(key))!), view)).toBe(0);
  });

  it("answers null for a key that was never stored", async () => {
    expect(await storage().get(uniqueKey("missing"))).toBeNull();
  });

  it("answers null once the file is deleted, and deleting it again is not an error", async () => {
    const key = uniqueKey("deleted");
    await storage().put(key, randomBytes(10));
    await storage().delete(key);
    expect(await storage().get(key)).toBeNull();
    await expect(storage().delete(key)).resolves.toBeUndefined();
  });

  it("replaces a file put again under the same key, a shorter one included", async () => {
    const key = uniqueKey("replaced");
    await storage().put(key, randomBytes(CHUNK_BYTES * 2 + 1));
    const second = randomBytes(20);
    await storage().put(key, second);
    expect(Buffer.compare(await readAll((await storage().get(key))!), second)).toBe(0);
  });

  it("keeps files apart", async () => {
    const [a, b] = [uniqueKey("a"), uniqueKey("b")];
    await storage().put(a, Buffer.from("first"));
    await storage().put(b, Buffer.from("second"));
    await storage().delete(a);
    expect(await storage().get(a)).toBeNull();
    expect(Buffer.from(await readAll((await storage().get(b))!)).toString()).toBe("second");
  });
});

describe("the PostgreSQL storage", () => {
  it("keeps a file as 512 KiB chunks and streams it one chunk per read", async () => {
    const postgres = drivers.postgres!;
    const key = uniqueKey("chunked");
    await postgres.put(key, randomBytes(BIG));
    expect(await countFileChunks(key)).toBe(Math.ceil(BIG / CHUNK_BYTES));

    const reader = (await postgres.get(key))!.getReader();
    const sizes: number[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read())
      sizes.push(read.value.length);
    expect(sizes).toEqual([...Array(6).fill(CHUNK_BYTES), BIG - 6 * CHUNK_BYTES]);
  });

  it("fails the stream, instead of ending it short, when the file is deleted while it is read", async () => {
    const postgres = drivers.postgres!;
    const key = uniqueKey("vanishing");
    await postgres.put(key, randomBytes(CHUNK_BYTES * 3));
    const reader = (await postgres.get(key))!.getReader();
    await reader.read();
    await postgres.delete(key);
    await expect(
      (async () => {
        for (let read = await reader.read(); !read.done; read = await reader.read());
      })(),
    ).rejects.toThrow(/is gone/);
  });
});
