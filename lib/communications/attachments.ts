import "server-only";
// The PDFs staff attach to a communication. Every file is checked (size, then
// content) before any is stored, and the stored ones are removed again when
// the communication's transaction fails: a refused or failed send leaves no
// bytes behind that no row points to.
import { randomUUID } from "node:crypto";
import { sha256Hex } from "@/lib/files/checksum";
import { ATTACHMENT_MAX_BYTES, PDF_CONTENT_TYPE } from "@/lib/files/constants";
import { safeFileName } from "@/lib/files/download";
import { sniffPdf } from "@/lib/files/pdf";
import { fileStorage } from "@/lib/files/storage";

export type UploadedFile = { name: string; bytes: Uint8Array };

export type StoredAttachment = {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
};

export type FileProblem = "fileTooLarge" | "notPdf";

/** The first problem of the files, by content and size, never by name or claimed type. */
export async function fileProblem(files: readonly UploadedFile[]): Promise<FileProblem | null> {
  if (files.some((f) => f.bytes.byteLength > ATTACHMENT_MAX_BYTES)) return "fileTooLarge";
  for (const file of files) if (!(await sniffPdf(file.bytes))) return "notPdf";
  return null;
}

/** Stores each file under a fresh key; if one fails, those already stored are removed. */
export async function storeFiles(files: readonly UploadedFile[]): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  try {
    for (const file of files) {
      const storageKey = `attachments/${randomUUID()}`;
      await fileStorage().put(storageKey, file.bytes);
      stored.push({
        fileName: safeFileName(file.name),
        contentType: PDF_CONTENT_TYPE,
        size: file.bytes.byteLength,
        sha256: sha256Hex(file.bytes),
        storageKey,
      });
    }
  } catch (error) {
    await discardFiles(stored);
    throw error;
  }
  return stored;
}

/** Best effort: the send already failed, and its error is the one to report. */
export async function discardFiles(stored: readonly StoredAttachment[]): Promise<void> {
  for (const file of stored)
    await fileStorage()
      .delete(file.storageKey)
      .catch(() => undefined);
}
