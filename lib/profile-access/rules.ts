// The attachment rules staff screens and use cases share: whether the person
// must consent, a grant's state, and which grants are about to lapse.
import { grantHasLapsed, lapseDateFor, type Tab } from "@/lib/access/profile-access";
import { addDays, type LocalDate } from "@/lib/time/zoned";

export type GrantState = "active" | "lapsed" | "revoked";

type ClinicRules = { province: string; ageOfConsentOverride: number | null };

/**
 * The day the person reaches the clinic's age of consent, and whether that day
 * has come (then their own consent must be recorded before access is given).
 */
export function consentRule(dateOfBirth: string, clinic: ClinicRules, today: LocalDate) {
  const lapsesOn = lapseDateFor(dateOfBirth, clinic.province, clinic.ageOfConsentOverride);
  return { lapsesOn, consentNeeded: lapsesOn <= today };
}

export function grantState(
  grant: {
    revokedAt: Date | null;
    lapsedAt: Date | null;
    consentRecordedAt: Date | null;
    lapsesOn: string | null;
  },
  today: LocalDate,
): GrantState {
  if (grant.revokedAt) return "revoked";
  if (grant.lapsedAt || grantHasLapsed(grant, today)) return "lapsed";
  return "active";
}

/** The grant's permission columns for a set of tabs. */
export function permissionColumns(tabs: readonly Tab[]) {
  return {
    canAppointments: tabs.includes("appointments"),
    canMessages: tabs.includes("messages"),
    canDocuments: tabs.includes("documents"),
    canBills: tabs.includes("bills"),
  };
}

/** How far ahead the patient list's "lapses soon" filter looks. */
export const LAPSING_WITHIN_DAYS = 30;

/**
 * Profiles with a live grant that lapses within `days` days after `today`
 * (the clinic's date): not revoked, not lapsed, no consent recorded. A grant
 * lapsing today has already lapsed (grantHasLapsed), so it is not one of them.
 */
export function lapsingGrantsWhere(today: LocalDate, days: number) {
  return {
    accessGrants: {
      some: {
        revokedAt: null,
        lapsedAt: null,
        consentRecordedAt: null,
        lapsesOn: {
          gt: new Date(`${today}T00:00:00Z`),
          lte: new Date(`${addDays(today, days)}T00:00:00Z`),
        },
      },
    },
  };
}
