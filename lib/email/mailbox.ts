import "server-only";
// Loaders of the local mailbox (/dev/mailbox and /api/dev/mailbox), where the
// "mailbox" transport delivers. They exist only with that transport (the demo
// and development, lib/env.ts): elsewhere every entry point answers 404.
import { notFound } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { emailAddressSchema } from "./address";
import { findMailboxMessage, listMailboxItems, listMailboxMessageRows } from "./data";

export type MailboxListItem = { id: string; to: string; subject: string; createdAt: Date };
export type MailboxAttachment = { filename: string; contentType: string; content: string };
export type MailboxMessageView = MailboxListItem & {
  html: string;
  text: string;
  attachments: MailboxAttachment[];
};

/** The stored JSON, kept to the shape the worker writes. */
function attachmentsOf(value: unknown): MailboxAttachment[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a: unknown) => {
    if (!a || typeof a !== "object") return [];
    const { filename, contentType, content } = a as Record<string, unknown>;
    return typeof filename === "string" &&
      typeof contentType === "string" &&
      typeof content === "string"
      ? [{ filename, contentType, content }]
      : [];
  });
}

/**
 * The mailbox exists only where env() lets the mailbox transport run: in the
 * demo (whose pages say every email lands here) and outside production mode.
 * There it is anyone's to read, by design; nowhere else does it exist.
 */
export function isMailboxEnabled(): boolean {
  return env().EMAIL_TRANSPORT === "mailbox";
}

/** For pages: 404 unless the mailbox exists here (see isMailboxEnabled). */
export async function requireMailbox(): Promise<void> {
  if (!isMailboxEnabled()) notFound();
}

/** The recipient filter as typed (lower-cased, like stored addresses); an invalid one matches nothing. */
function recipientFilter(to: string | undefined): string | undefined {
  const value = to?.trim();
  if (!value) return undefined;
  return emailAddressSchema.safeParse(value).data ?? value.toLowerCase();
}

export async function loadMailbox(
  filter: { to?: string } = {},
): Promise<{ to: string | undefined; messages: MailboxListItem[] }> {
  await requireMailbox();
  const to = recipientFilter(filter.to);
  const messages = await listMailboxItems(to);
  return { to, messages };
}

/** Cached per request: the page and its metadata read the same message. */
export const loadMailboxMessage = cache(async (id: string): Promise<MailboxMessageView> => {
  await requireMailbox();
  const message = await findMailboxMessage(id);
  if (!message) notFound();
  return { ...message, attachments: attachmentsOf(message.attachments) };
});

/** For the e2e tests (GET /api/dev/mailbox?to=): full messages, newest first. */
export async function listMailboxMessages(to: string | undefined): Promise<MailboxMessageView[]> {
  const filter = recipientFilter(to);
  const messages = await listMailboxMessageRows(filter);
  return messages.map((m) => ({ ...m, attachments: attachmentsOf(m.attachments) }));
}
