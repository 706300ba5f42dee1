import "server-only";
// The one access check for patient data. A profile id from the browser is
// only a request: it becomes an AuthorizedProfileId after this check, and every
// query of patient data takes that type (SECURITY.md AC-1..AC-5).
import { cache } from "react";
import type { SessionAccount } from "@/lib/auth/gate";
import { ageOfConsent, dayTurning } from "@/lib/clinic/age-of-consent";
import { todayIn } from "@/lib/clock";
import type { Sex } from "@/lib/db/enums";
import { recordAudit } from "@/lib/audit/mutations";
import { requestContext } from "@/lib/request-context";
import { chooseProfile } from "./profile-choice";
import type { DbClient } from "@/lib/db/client";
import {
  findGrantsOf,
  findManagingAccounts,
  findProfileSummary,
  isClinicProfile,
  markGrantLapsed,
} from "./data";

export type Tab = "appointments" | "messages" | "documents" | "bills";

/** What a page reads of a profile: one of its tabs, or its details (the Profile tab), which every account managing it may see. */
export type ProfileSection = Tab | "profile";

declare const brand: unique symbol;
export type AuthorizedProfileId = string & { readonly [brand]: "AuthorizedProfileId" };

export type ProfileAccessState = "own" | "granted" | "lapsed" | "revoked";

export type AccessibleProfile = {
  profileId: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  /** As recorded by the clinic; null when unknown (the wording of a birth date depends on it in French). */
  sex: Sex | null;
  state: ProfileAccessState;
  tabs: Tab[];
};

/**
 * Whether a grant to a minor's profile has lapsed on `today` (the clinic's
 * date): it lapses on the day they reach the age of consent, unless their
 * own consent to this access was recorded.
 */
export function grantHasLapsed(
  grant: { consentRecordedAt: Date | null; lapsesOn: string | null },
  today: string,
): boolean {
  return grant.consentRecordedAt === null && grant.lapsesOn !== null && grant.lapsesOn <= today;
}

/** The date a new grant to a profile lapses, given the person's date of birth. */
export function lapseDateFor(
  dateOfBirth: string,
  province: string,
  override?: number | null,
): string {
  return dayTurning(dateOfBirth, ageOfConsent(province, override));
}

/** The tabs a grant's permission columns allow. */
export function tabsOf(grant: {
  canAppointments: boolean;
  canMessages: boolean;
  canDocuments: boolean;
  canBills: boolean;
}): Tab[] {
  const tabs: Tab[] = [];
  if (grant.canAppointments) tabs.push("appointments");
  if (grant.canMessages) tabs.push("messages");
  if (grant.canDocuments) tabs.push("documents");
  if (grant.canBills) tabs.push("bills");
  return tabs;
}

/** Every profile an account manages — its own first — with what it may see of each. */
export const listAccessibleProfiles = cache(
  async (account: SessionAccount, timeZone: string): Promise<AccessibleProfile[]> => {
    const today = todayIn(timeZone);
    const result: AccessibleProfile[] = [];
    if (account.profileId) {
      const own = await findProfileSummary(account.profileId);
      if (own)
        result.push({
          ...own,
          state: "own",
          tabs: ["appointments", "messages", "documents", "bills"],
        });
    }
    for (const grant of await findGrantsOf(account.id)) {
      let state: ProfileAccessState = "granted";
      if (grant.revokedAt) state = "revoked";
      else if (grant.lapsedAt || grantHasLapsed(grant, today)) state = "lapsed";
      if (state === "revoked") continue;
      // The lapse is noticed on the first read after it, and recorded once (AC-5).
      if (state === "lapsed" && !grant.lapsedAt && (await markGrantLapsed(grant.id))) {
        await recordAudit({
          actorAccountId: account.id,
          subjectProfileId: grant.profile.id,
          resourceType: "profileAccess",
          resourceId: grant.id,
          action: "lapse",
          detail: { lapsesOn: grant.lapsesOn },
        });
      }
      result.push({ ...grant.profile, state, tabs: state === "granted" ? tabsOf(grant) : [] });
    }
    return result;
  },
);

/**
 * The access check: may this account see `tab` of `profileId`? Returns the
 * proven id, or null — callers answer 404 so nothing leaks about existence.
 */
export async function authorizeProfile(
  account: SessionAccount,
  profileId: string,
  tab: ProfileSection,
  timeZone: string,
): Promise<AuthorizedProfileId | null> {
  const profiles = await listAccessibleProfiles(account, timeZone);
  const match = profiles.find((p) => p.profileId === profileId);
  const allowed =
    !!match &&
    (tab === "profile"
      ? match.state === "own" || match.state === "granted"
      : match.tabs.includes(tab));
  if (!allowed) {
    await recordAudit({
      actorAccountId: account.id,
      actorRole: account.role,
      subjectProfileId: profileId,
      resourceType: tab,
      action: "access",
      outcome: "denied",
    });
    return null;
  }
  return profileId as AuthorizedProfileId;
}

/**
 * The profile the portal's tabs act on for this request (lib/access/profile-choice.ts):
 * the browser's choice while the account may still use it, else its own.
 */
export async function selectedProfile(
  account: SessionAccount,
  timeZone: string,
): Promise<AccessibleProfile | null> {
  const { selectedProfile } = await requestContext();
  return chooseProfile(await listAccessibleProfiles(account, timeZone), selectedProfile);
}

/**
 * The profile a page acts on: the one its URL names, else the selected one. A
 * named profile is only a request (the caller's authorizeProfile decides); the
 * selection already is one the account may use.
 */
export async function profileToShow(
  account: SessionAccount,
  requested: string | undefined,
  timeZone: string,
): Promise<string | null> {
  if (requested) return requested.length > 64 ? null : requested;
  return (await selectedProfile(account, timeZone))?.profileId ?? null;
}

/**
 * Staff act on every profile of their own clinic: the id is proven when the
 * profile is one of the clinic's, and null otherwise (answer 404).
 */
export async function authorizeClinicProfile(
  clinicId: string,
  profileId: string,
): Promise<AuthorizedProfileId | null> {
  return (await isClinicProfile(clinicId, profileId)) ? (profileId as AuthorizedProfileId) : null;
}

/**
 * An emailed appointment link acts for the account it was sent to, on its
 * appointment's profile, only while that account still manages the profile's
 * appointments (the grant not revoked or lapsed, the account active).
 */
export async function authorizeLinkHolder(
  accountId: string,
  profileId: string,
  timeZone: string,
  client?: DbClient,
): Promise<AuthorizedProfileId | null> {
  const managers = await findManagingAccounts(profileId, timeZone, client);
  return managers.some((m) => m.id === accountId) ? (profileId as AuthorizedProfileId) : null;
}
