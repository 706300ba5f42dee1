import "server-only";
// Loaders of the local mailbox (/dev/mailbox and /api/dev/mailbox), where the
// "mailbox" transport delivers. They exist only with that transport: with
// Resend configured, every entry point answers 404.
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { emailAddressSchema } from "./address";

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

const listSize = 200;

export function isMailboxEnabled(): boolean {
  return env().EMAIL_TRANSPORT === "mailbox";
}

/**
 * 404 unless the local mailbox is the transport. On a PostgreSQL copy running in
 * production mode (a staging copy with EMAIL_TRANSPORT=mailbox) the mailbox holds
 * working links for real addresses: only clinic staff may read it there.
 */
export async function canReadMailbox(): Promise<boolean> {
  if (!isMailboxEnabled()) return false;
  const { embedded, NODE_ENV } = env();
  if (embedded || NODE_ENV !== "production") return true;
  const { getSessionAccount } = await import("@/lib/auth/gate");
  const account = await getSessionAccount();
  return !!account && account.role !== "patient";
}

/** For pages: 404 unless the mailbox may be read here (see canReadMailbox). */
export async function requireMailbox(): Promise<void> {
  if (!(await canReadMailbox())) notFound();
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
  const messages = await db().mailboxMessage.findMany({
    where: to ? { to } : {},
    select: { id: true, to: true, subject: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: listSize,
  });
  return { to, messages };
}

/** Cached per request: the page and its metadata read the same message. */
export const loadMailboxMessage = cache(async (id: string): Promise<MailboxMessageView> => {
  await requireMailbox();
  const message = await db().mailboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      to: true,
      subject: true,
      createdAt: true,
      html: true,
      text: true,
      attachments: true,
    },
  });
  if (!message) notFound();
  return { ...message, attachments: attachmentsOf(message.attachments) };
});

/** For the e2e tests (GET /api/dev/mailbox?to=): full messages, newest first. */
export async function listMailboxMessages(to: string | undefined): Promise<MailboxMessageView[]> {
  const filter = recipientFilter(to);
  const messages = await db().mailboxMessage.findMany({
    where: filter ? { to: filter } : {},
    select: {
      id: true,
      to: true,
      subject: true,
      html: true,
      text: true,
      createdAt: true,
      attachments: true,
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: listSize,
  });
  return messages.map((m) => ({ ...m, attachments: attachmentsOf(m.attachments) }));
}
