import "server-only";
// The one session gate. Every loader and server action calls requireAccount,
// requirePatient or requireStaff; proxy.ts only redirects optimistically.
// Cached per request, so a page and its components check the database once.
import { getServerSession } from "next-auth";
import { getLocale } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { findSessionAccount } from "./data";
import { authOptions } from "./options";
import { requestContext } from "@/lib/request-context";

export type SessionAccount = NonNullable<Awaited<ReturnType<typeof findSessionAccount>>>;

/** The signed-in account, or null: a session whose version is stale, or whose account is no longer active, is no session (SE-2, SE-3). */
export const getSessionAccount = cache(async (): Promise<SessionAccount | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const account = await findSessionAccount(id);
  if (!account || account.status !== "active" || account.sessionVersion !== session.user.sv) return null;
  return account;
});

export async function requireAccount(): Promise<SessionAccount> {
  const account = await getSessionAccount();
  if (account) return account;
  const [locale, { pathname }] = await Promise.all([getLocale(), requestContext()]);
  const callback = pathname ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
  redirect(`/${locale}/login${callback}`);
}

export async function requirePatient(): Promise<SessionAccount & { profileId: string }> {
  const account = await requireAccount();
  if (account.role !== "patient" || !account.profileId) {
    const locale = await getLocale();
    redirect(`/${locale}/admin`);
  }
  return account as SessionAccount & { profileId: string };
}

/** Staff and admins only. A patient gets a 404: /admin does not exist for them (AC-6). */
export async function requireStaff(options?: { admin?: boolean }): Promise<SessionAccount> {
  const account = await requireAccount();
  const allowed = options?.admin ? account.role === "admin" : account.role === "staff" || account.role === "admin";
  if (!allowed) notFound();
  return account;
}
