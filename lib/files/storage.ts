import "server-only";
// Where attachments' bytes live. The rows that describe a file (name, size,
// checksum) are the domain's; a storage only keeps bytes under a key:
// PostgreSQL (the default, nothing else to run) or an S3-compatible bucket.
import { env, type Env } from "@/lib/env";
import { postgresStorage } from "./postgres";
import { s3Storage } from "./s3";

export type FileStorage = {
  readonly kind: "postgres" | "s3";
  /** Stores the bytes under `key`, replacing any file already there. */
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The file as a stream that reads the storage as it is consumed; null when there is no such key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the file; a missing key is not an error. */
  delete(key: string): Promise<void>;
};

/** The storage the environment names (FILE_STORAGE, checked at boot by env()). */
export function createFileStorage(config: Env): FileStorage {
  if (config.FILE_STORAGE === "postgres") return postgresStorage();
  const { S3_BUCKET: bucket, S3_REGION: region } = config;
  if (!bucket || !region) throw new Error("FILE_STORAGE=s3 needs S3_BUCKET and S3_REGION");
  const { S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = config;
  return s3Storage({
    bucket,
    region,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE === "1",
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  });
}

let storage: FileStorage | undefined;

/** The process's file storage (one S3 client and its connection pool for every request). */
export function fileStorage(): FileStorage {
  storage ??= createFileStorage(env());
  return storage;
}
