import "server-only";
// What the patient's dashboard gathers across every profile the account
// manages: each profile id passes the access check for the permission of what
// is read (appointments, the communication kinds, bills) before any query.
import {
  authorizeProfile,
  type AccessibleProfile,
  type AuthorizedProfileId,
} from "@/lib/access/profile-access";
import type { SessionAccount } from "@/lib/auth/gate";
import { listUpcomingForProfiles } from "@/lib/appointments/data";
import { cancelDecision, confirmDecision } from "@/lib/appointments/rules";
import { listUnpaidBills } from "@/lib/bills/data";
import type { Clinic } from "@/lib/clinic/data";
import { countUnread, listBox } from "@/lib/communications/data";
import { TAB_OF_KIND, visibleKinds } from "@/lib/communications/rules";

/** How many upcoming visits (besides those to confirm) the dashboard shows; the Appointments tab has the rest. */
const NEXT_VISITS = 5;

/** How many unread threads the dashboard names per profile; the Inbox has the rest. */
const LATEST_UNREAD = 3;

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/**
 * Upcoming visits of every profile whose appointments this account may see,
 * split into those waiting for the patient's confirmation (their window is
 * open) and the others, each with whether it can still be cancelled online.
 */
export async function dashboardAppointments(
  account: SessionAccount,
  profiles: readonly AccessibleProfile[],
  clinic: Clinic,
  at: Date,
) {
  const ids: AuthorizedProfileId[] = [];
  for (const p of profiles.filter((p) => p.tabs.includes("appointments"))) {
    const id = await authorizeProfile(account, p.profileId, "appointments", clinic.timeZone);
    if (id) ids.push(id);
  }
  const items = (await listUpcomingForProfiles(ids, at)).map((a) => ({
    id: a.id,
    profileId: a.profileId,
    own: a.profileId === account.profileId,
    who: fullName(a.profile),
    startsAt: a.startsAt,
    practitioner: a.practitioner,
    site: { nameEn: a.site.nameEn, nameFr: a.site.nameFr },
    status: a.status,
    canConfirm: confirmDecision(a, clinic, at).allowed,
    canCancel: cancelDecision(a, clinic, at).allowed,
  }));
  const upcoming = items.filter((a) => !a.canConfirm);
  return {
    ids,
    toConfirm: items.filter((a) => a.canConfirm),
    upcoming: upcoming.slice(0, NEXT_VISITS),
    /** More upcoming visits than shown (at least this many; the query reads 20). */
    moreUpcoming: Math.max(0, upcoming.length - NEXT_VISITS),
  };
}

/**
 * Per profile with at least one communication kind this account may see: its
 * unread counts by kind (0 for a kind without the permission) and the latest
 * unread threads of those kinds.
 */
export async function dashboardUnread(
  account: SessionAccount,
  profiles: readonly AccessibleProfile[],
  clinic: Clinic,
) {
  const result = [];
  for (const p of profiles) {
    const kinds = visibleKinds(p.tabs, clinic);
    if (kinds.length === 0) continue;
    // Any of the kinds' permissions proves the profile: each is one the account holds.
    const id = await authorizeProfile(
      account,
      p.profileId,
      TAB_OF_KIND[kinds[0]!],
      clinic.timeZone,
    );
    if (!id) continue;
    const [counts, { rows }] = await Promise.all([
      countUnread(id, account.id, kinds),
      listBox(
        id,
        account.id,
        "inbox",
        kinds,
        { skip: 0, take: LATEST_UNREAD },
        { unreadOnly: true },
      ),
    ]);
    result.push({
      profileId: id,
      who: fullName(p),
      counts,
      total: counts.message + counts.document + counts.bill,
      latest: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        subject: r.subject,
        lastActivityAt: r.lastActivityAt,
      })),
    });
  }
  return result;
}

/** Per profile whose bills this account may see (and the clinic sends): its unpaid bills. */
export async function dashboardBills(
  account: SessionAccount,
  profiles: readonly AccessibleProfile[],
  clinic: Clinic,
) {
  const result = [];
  for (const p of profiles) {
    if (!visibleKinds(p.tabs, clinic).includes("bill")) continue;
    const id = await authorizeProfile(account, p.profileId, "bills", clinic.timeZone);
    if (!id) continue;
    const bills = await listUnpaidBills(id);
    result.push({
      profileId: id,
      who: fullName(p),
      bills: bills.map((b) => ({
        id: b.id,
        communicationId: b.communicationId,
        number: b.number,
        totalCents: b.totalCents,
        dueOn: b.dueOn.toISOString().slice(0, 10),
      })),
    });
  }
  return result;
}
