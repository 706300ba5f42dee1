import "server-only";
// Files in an S3 bucket (AWS, or a compatible service through S3_ENDPOINT),
// for deployments that keep the database small or already run object storage.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { FileStorage } from "./storage";

export type S3StorageConfig = {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's credential chain (instance or task role, AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export function s3Storage(config: S3StorageConfig): FileStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Checksums only where the API requires them: otherwise a streamed body
    // goes out aws-chunked with a CRC32 trailer, which S3-compatible services
    // that do not speak it store as part of the file, with no error. (Buffers,
    // which put() sends, are plain either way; the setting keeps it so if a
    // stream is ever passed.) The attachment's SHA-256 is the integrity check.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // No timeout by default: a bucket that stops answering would hold a
    // request (and a download's connection) forever.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  const Bucket = config.bucket;

  return {
    kind: "s3",
    async put(key, bytes) {
      // A Buffer, not a stream: its length is known, so the body is sent as is.
      const Body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      await client.send(new PutObjectCommand({ Bucket, Key: key, Body }));
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return (object.Body?.transformToWebStream() as ReadableStream<Uint8Array>) ?? null;
      } catch (error) {
        if (error instanceof NoSuchKey) return null;
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
