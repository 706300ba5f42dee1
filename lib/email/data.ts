import "server-only";
// The local mailbox's messages (the "mailbox" transport writes them), and the
// emails the outbox gave up on, for staff.
import { db } from "@/lib/db/client";

const listSize = 200;

const messageSelect = {
  id: true,
  to: true,
  subject: true,
  createdAt: true,
  html: true,
  text: true,
  attachments: true,
} as const;

const listItemSelect = { id: true, to: true, subject: true, createdAt: true } as const;

/** The newest messages first, to one recipient or to all. */
function newestTo(to: string | undefined) {
  return {
    where: to ? { to } : {},
    orderBy: [{ createdAt: "desc" as const }, { id: "desc" as const }],
    take: listSize,
  };
}

export function listMailboxItems(to: string | undefined) {
  return db().mailboxMessage.findMany({ ...newestTo(to), select: listItemSelect });
}

export function listMailboxMessageRows(to: string | undefined) {
  return db().mailboxMessage.findMany({ ...newestTo(to), select: messageSelect });
}

export function findMailboxMessage(id: string) {
  return db().mailboxMessage.findUnique({ where: { id }, select: messageSelect });
}

/** The HTML of one message, for its preview route (which checks isMailboxEnabled itself), or null. */
export async function findMailboxHtml(id: string): Promise<string | null> {
  const message = await db().mailboxMessage.findUnique({ where: { id }, select: { html: true } });
  return message?.html ?? null;
}

/**
 * The emails to these addresses that were never delivered (the provider
 * refused the address, or every try failed), newest first. Failed rows are
 * few: the (status, nextAttemptAt) index finds them without reading the sent ones.
 */
export function listUndeliveredEmails(addresses: string[], take = 10) {
  if (addresses.length === 0) return Promise.resolve([]);
  return db().outboxEmail.findMany({
    where: { status: "failed", to: { in: addresses } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      to: true,
      template: true,
      attempts: true,
      lastError: true,
      createdAt: true,
    },
  });
}
