import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db/client";
import { hashPassword } from "./password";

export function findAccountForLogin(email: string) {
  return db().account.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, status: true, role: true, sessionVersion: true },
  });
}

/** The account behind a session, as the gate needs it: never the password hash. */
export function findSessionAccount(id: string) {
  return db().account.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      role: true,
      status: true,
      language: true,
      sessionVersion: true,
      profileId: true,
      passwordChangedAt: true,
      termsAcceptedVersion: true,
      lastSeenAt: true,
    },
  });
}

export async function touchLastSeen(accountId: string, at: Date) {
  await db().account.update({ where: { id: accountId }, data: { lastSeenAt: at } });
}

export async function upgradePasswordHash(accountId: string, password: string) {
  await db().account.update({ where: { id: accountId }, data: { passwordHash: await hashPassword(password) } });
}

export async function markLoggedIn(accountId: string) {
  const at = now();
  await db().account.update({ where: { id: accountId }, data: { lastLoginAt: at, lastSeenAt: at } });
}

/** Every JWT issued before this call is refused by the gate from now on. */
export async function endAllSessions(accountId: string) {
  await db().account.updateMany({ where: { id: accountId }, data: { sessionVersion: { increment: 1 } } });
}
