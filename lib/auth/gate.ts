import "server-only";
// The one session gate. Every loader and server action calls requireAccount,
// requirePatient or requireStaff; proxy.ts only redirects optimistically.
// Cached per request, so a page and its components check the database once.
import { getServerSession } from "next-auth";
import { getLocale } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { requestContext } from "@/lib/request-context";
import { findSessionAccount, touchLastSeen } from "./data";
import { authOptions } from "./options";
import { hasStaffRole } from "./roles";

/** A session ends after this long without a request (SECURITY.md SE-5)… */
export const IDLE_TIMEOUT_MS = 30 * 60_000;
/** …and, whatever the activity, this long after login. */
export const ABSOLUTE_LIFETIME_MS = 8 * 60 * 60_000;
/** lastSeenAt is written at most this often per account. */
const TOUCH_EVERY_MS = 60_000;

export type SessionAccount = NonNullable<Awaited<ReturnType<typeof findSessionAccount>>>;

/** The signed-in account, or null: a session whose version is stale, or whose account is no longer active, is no session (SE-2, SE-3). */
export const getSessionAccount = cache(async (): Promise<SessionAccount | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const account = await findSessionAccount(id);
  if (!account || account.status !== "active" || account.sessionVersion !== session.user.sv)
    return null;
  const at = now().getTime();
  if (at - session.user.authTime * 1000 > ABSOLUTE_LIFETIME_MS) return null;
  const lastSeen = account.lastSeenAt?.getTime() ?? 0;
  if (at - lastSeen > IDLE_TIMEOUT_MS) return null;
  if (at - lastSeen > TOUCH_EVERY_MS) await touchLastSeen(account.id, new Date(at));
  return account;
});

export async function requireAccount(): Promise<SessionAccount> {
  const account = await getSessionAccount();
  if (account) return account;
  const [locale, { pathname }] = await Promise.all([getLocale(), requestContext()]);
  const callback = pathname ? `?callbackUrl=${encodeURIComponent(pathname)}` : "";
  redirect(`/${locale}/login${callback}`);
}

/**
 * A patient, who has accepted the clinic's current terms: anything else
 * waits on the terms page (except that page itself, with `pendingTerms`).
 */
export async function requirePatient(options?: {
  pendingTerms?: boolean;
}): Promise<SessionAccount & { profileId: string }> {
  const account = await requireAccount();
  if (account.role !== "patient" || !account.profileId) {
    const locale = await getLocale();
    redirect(`/${locale}/admin`);
  }
  if (!options?.pendingTerms) {
    const clinic = await loadClinic();
    if (clinic && (account.termsAcceptedVersion ?? 0) < clinic.termsVersion) {
      const [locale, { pathname }] = await Promise.all([getLocale(), requestContext()]);
      redirect(`/${locale}/terms${pathname ? `?callbackUrl=${encodeURIComponent(pathname)}` : ""}`);
    }
  }
  return account as SessionAccount & { profileId: string };
}

/** Staff and admins only. A patient gets a 404: /admin does not exist for them (AC-6). */
export async function requireStaff(options?: { admin?: boolean }): Promise<SessionAccount> {
  const account = await requireAccount();
  if (!hasStaffRole(account.role, options)) notFound();
  return account;
}

/**
 * Staff, and the id of the clinic they work for. Before the clinic exists
 * (an empty database) clinic pages answer 404; admins are sent to
 * /admin/setup before they get here.
 */
export async function requireStaffClinic(options?: {
  admin?: boolean;
}): Promise<{ account: SessionAccount; clinicId: string }> {
  const account = await requireStaff(options);
  const clinic = await loadClinic();
  if (!clinic) notFound();
  return { account, clinicId: clinic.id };
}
