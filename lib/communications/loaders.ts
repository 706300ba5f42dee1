import "server-only";
// Loaders of the patient's boxes (Inbox, Documents, Bills, Sent) and threads.
// A box needs the clinic's feature and the account's permission for the
// profile (authorizeProfile with the box's tab); a thread needs the permission
// of its kind. Anything else is a 404 that says nothing about existence.
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale } from "next-intl/server";
import { findProfileSummary } from "@/lib/access/data";
import {
  authorizeClinicProfile,
  authorizeProfile,
  listAccessibleProfiles,
  profileToShow,
  type AccessibleProfile,
  type AuthorizedProfileId,
} from "@/lib/access/profile-access";
import { recordAudit } from "@/lib/audit/mutations";
import { recordProxyView } from "@/lib/audit/proxy-view";
import { requirePatient, requireStaffClinic, type SessionAccount } from "@/lib/auth/gate";
import type { Clinic } from "@/lib/clinic/data";
import { requireClinic } from "@/lib/clinic/loaders";
import type { CommunicationKind } from "@/lib/db/enums";
import {
  countPatientEntries,
  countUnread,
  findCommunicationScope,
  findThread,
  listBox,
  listProfileCommunications,
} from "./data";
import { markRead } from "./mutations";
import {
  type Box,
  kindsOfBox,
  replyDecision,
  TAB_OF_BOX,
  TAB_OF_KIND,
  visibleBoxes,
  visibleKinds,
} from "./rules";

export const PAGE_SIZE = 20;

export type BoxProfile = {
  id: AuthorizedProfileId;
  firstName: string;
  lastName: string;
  own: boolean;
};

function boxProfile(id: AuthorizedProfileId, p: AccessibleProfile): BoxProfile {
  return { id, firstName: p.firstName, lastName: p.lastName, own: p.state === "own" };
}

async function profileFor(account: SessionAccount, clinic: Clinic, profileId: string) {
  return (await listAccessibleProfiles(account, clinic.timeZone)).find(
    (p) => p.profileId === profileId,
  );
}

/** The boxes of a profile and their unread counters, for the sidebar; none when it has no box. */
export async function communicationNavFor(
  account: SessionAccount,
  clinic: Clinic,
  profile: AccessibleProfile,
): Promise<{ boxes: Box[]; unread: Record<Box, number> }> {
  const boxes = visibleBoxes(profile.tabs, clinic);
  // The first box proves the profile; its permission is one of those held.
  const id =
    boxes.length > 0 &&
    (await authorizeProfile(account, profile.profileId, TAB_OF_BOX[boxes[0]!], clinic.timeZone));
  if (!id) return { boxes: [], unread: { inbox: 0, documents: 0, bills: 0, sent: 0 } };
  const counts = await countUnread(id, account.id, visibleKinds(profile.tabs, clinic));
  return {
    boxes,
    unread: {
      inbox: counts.message + counts.document + counts.bill,
      documents: counts.document,
      bills: counts.bill,
      sent: 0,
    },
  };
}

/**
 * The access check of a box: the clinic's feature and the box's permission on
 * the requested profile (default: the selected one), or a 404. Cached, so the
 * box's layout (where a 404 keeps its status under the loading skeleton) and
 * its page check once.
 */
export const requireBox = cache(async (box: Box, requested: string | undefined) => {
  const account = await requirePatient();
  const clinic = await requireClinic();
  const profileId = await profileToShow(account, requested, clinic.timeZone);
  if (!profileId) notFound();
  const id = await authorizeProfile(account, profileId, TAB_OF_BOX[box], clinic.timeZone);
  const profile = id && (await profileFor(account, clinic, id));
  if (!id || !profile || !visibleBoxes(profile.tabs, clinic).includes(box)) notFound();
  return { account, clinic, id, profile };
});

/** One page of a box of the requested profile (default: the selected one). */
export async function loadBox(box: Box, requested: string | undefined, page: number) {
  const { account, clinic, id, profile } = await requireBox(box, requested);
  if (profile.state !== "own") await recordProxyView(account, id, "box", box);
  const kinds = kindsOfBox(box, visibleKinds(profile.tabs, clinic));
  const current = Math.max(1, Math.floor(page) || 1);
  const { total, rows } = await listBox(id, account.id, box, kinds, {
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
  });
  return {
    profile: boxProfile(id, profile),
    rows,
    page: current,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    timeZone: clinic.timeZone,
    canStart: box === "sent" && clinic.patientMessagesEnabled,
  };
}

/** The kinds of a thread the account may open: its permission, and the clinic's feature. */
export async function authorizeThread(
  account: SessionAccount,
  clinic: Clinic,
  communicationId: string,
) {
  if (communicationId.length > 64) return null;
  const scope = await findCommunicationScope(communicationId);
  if (!scope || scope.withdrawnAt) return null;
  const id = await authorizeProfile(
    account,
    scope.profileId,
    TAB_OF_KIND[scope.kind],
    clinic.timeZone,
  );
  const profile = id && (await profileFor(account, clinic, id));
  if (!id || !profile || !visibleKinds(profile.tabs, clinic).includes(scope.kind)) return null;
  return { id, profile, kind: scope.kind as CommunicationKind };
}

/** The access check of a thread, or a 404; cached, for its layout and its page (see requireBox). */
export const requireThread = cache(async (communicationId: string) => {
  const account = await requirePatient();
  const clinic = await requireClinic();
  const scope = await authorizeThread(account, clinic, communicationId);
  if (!scope) notFound();
  return { account, clinic, scope };
});

/** A thread, marked read for this account, with what the reply form needs. */
export async function loadThread(communicationId: string) {
  const { account, clinic, scope } = await requireThread(communicationId);
  const thread = await findThread(scope.id, communicationId);
  if (!thread) notFound();
  await markRead(thread.id, account.id);
  await recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    subjectProfileId: scope.id,
    resourceType: "communication",
    resourceId: thread.id,
    action: "view",
  });
  const locale = await getLocale();
  const reply = replyDecision({
    ...thread,
    withdrawn: false,
    patientReplies: await countPatientEntries(thread.id),
  });
  return {
    thread,
    profile: boxProfile(scope.id, scope.profile),
    reply,
    disclaimer: locale === "fr" ? clinic.replyDisclaimerFr : clinic.replyDisclaimerEn,
    timeZone: clinic.timeZone,
    clinicName: clinic.name,
    accountId: account.id,
  };
}

/** The new-message page: the profile the message is for, when the clinic takes patients' messages. */
export async function loadStartMessage(requested: string | undefined) {
  const account = await requirePatient();
  const clinic = await requireClinic();
  if (!clinic.messagesEnabled || !clinic.patientMessagesEnabled) notFound();
  const profileId = await profileToShow(account, requested, clinic.timeZone);
  if (!profileId) notFound();
  const id = await authorizeProfile(account, profileId, "messages", clinic.timeZone);
  const profile = id && (await profileFor(account, clinic, id));
  if (!id || !profile) notFound();
  const locale = await getLocale();
  return {
    profile: boxProfile(id, profile),
    disclaimer: locale === "fr" ? clinic.replyDisclaimerFr : clinic.replyDisclaimerEn,
  };
}

/** Staff: a profile of their clinic, or a 404. */
async function clinicProfile(profileId: string) {
  const { clinicId } = await requireStaffClinic();
  const id = profileId.length <= 64 ? await authorizeClinicProfile(clinicId, profileId) : null;
  const profile = id && (await findProfileSummary(id));
  if (!id || !profile) notFound();
  return { id, profile };
}

/** What the staff compose form needs: whom it is for, and the clinic's defaults and switches. */
export async function loadCompose(profileId: string) {
  const { id, profile } = await clinicProfile(profileId);
  const clinic = await requireClinic();
  return {
    profileId: id,
    name: `${profile.firstName} ${profile.lastName}`,
    defaultReplyRule: clinic.defaultReplyRule,
    kinds: (["message", "document"] as const).filter((kind) =>
      kind === "message" ? clinic.messagesEnabled : clinic.documentsEnabled,
    ),
  };
}

/** The communications of a profile, for its staff page. */
export async function loadProfileCommunications(profileId: string) {
  const { id } = await clinicProfile(profileId);
  return listProfileCommunications(id);
}
