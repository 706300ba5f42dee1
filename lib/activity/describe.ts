// How audit rows read to a patient (pure, unit-tested): which rows are a line
// of Recent activity and where each links, and how an access by someone else
// is worded in "Who saw my record". The queries (data.ts) select with the same
// action names, so a row this file cannot word never reaches a page.
import { BOX_OF_KIND, BOXES, type Box } from "@/lib/communications/rules";
import type { CommunicationKind, Role } from "@/lib/db/enums";

/** The audit rows Recent activity reads, by resource type. */
export const ACTIVITY_ACTIONS = {
  appointment: ["book", "confirm", "cancel"],
  communication: ["send", "reply", "start"],
  account: ["passwordChange", "passwordReset", "emailChangeConfirm"],
} as const;

export type ActivityWhat =
  | "booked"
  | "confirmed"
  | "cancelled"
  | "messageReceived"
  | "documentShared"
  | "billShared"
  | "replySent"
  | "messageSent"
  | "passwordChanged"
  | "emailChanged";

export type AuditFacts = {
  actorAccountId: string | null;
  actorRole: Role | null;
  resourceType: string;
  resourceId: string | null;
  action: string;
};

const isClinic = (role: Role | null) => role === "staff" || role === "admin";

/** What a row of Recent activity says happened, or null for a row it does not list. */
export function activityWhat(row: AuditFacts, kind?: CommunicationKind): ActivityWhat | null {
  if (row.resourceType === "appointment") {
    if (row.action === "book") return "booked";
    if (row.action === "confirm") return "confirmed";
    if (row.action === "cancel") return "cancelled";
    return null;
  }
  if (row.resourceType === "communication" && kind) {
    // A clinic reply arrives like a message; the patient side's writes are its own.
    if (row.action === "send" || (row.action === "reply" && isClinic(row.actorRole))) {
      if (row.action === "reply" || kind === "message") return "messageReceived";
      return kind === "document" ? "documentShared" : "billShared";
    }
    if (row.action === "reply") return "replySent";
    if (row.action === "start") return "messageSent";
    return null;
  }
  if (row.resourceType === "account") {
    if (row.action === "passwordChange" || row.action === "passwordReset") return "passwordChanged";
    if (row.action === "emailChangeConfirm") return "emailChanged";
  }
  return null;
}

/** Where a line leads: the appointment's page, the thread in its kind's box, the credential's form. */
export function activityPath(what: ActivityWhat, resourceId: string, kind?: CommunicationKind) {
  const id = encodeURIComponent(resourceId);
  if (what === "booked" || what === "confirmed" || what === "cancelled")
    return `/appointments/${id}`;
  if (what === "passwordChanged") return "/account/password";
  if (what === "emailChanged") return "/account/email";
  return `/${BOX_OF_KIND[kind ?? "message"]}/${id}`;
}

/** Who did it, as the viewer reads it: nobody to name when it was this very account. */
export type ActivityBy = { by: "self" } | { by: "clinic" } | { by: "account"; accountId: string };

export function activityBy(row: AuditFacts, viewerAccountId: string): ActivityBy {
  if (row.actorAccountId === viewerAccountId) return { by: "self" };
  if (!row.actorAccountId || row.actorRole !== "patient") return { by: "clinic" };
  return { by: "account", accountId: row.actorAccountId };
}

export type AccessWhat =
  | "openedFile"
  | "openedMessage"
  | "openedDocument"
  | "openedBill"
  | "openedAttachment"
  | "downloadedDocument"
  | "openedBillPdf"
  | "downloadedBillPdf"
  | "viewedAppointments"
  | "viewedBox"
  | "bookedAppointment"
  | "confirmedAppointment"
  | "cancelledAppointment"
  | "sentCommunication"
  | "replied"
  | "withdrewCommunication"
  | "accessed";

const OPENED_THREAD: Record<CommunicationKind, AccessWhat> = {
  message: "openedMessage",
  document: "openedDocument",
  bill: "openedBill",
};

/** An access to the record in words; a row the mapping does not know is "accessed the record". */
export function accessWhat(row: AuditFacts, kind?: CommunicationKind): AccessWhat {
  const key = `${row.resourceType}.${row.action}`;
  switch (key) {
    case "profile.patients.view":
      return "openedFile";
    case "communication.view":
      return kind ? OPENED_THREAD[kind] : "accessed";
    case "attachment.view":
      return "openedAttachment";
    case "attachment.download":
      return "downloadedDocument";
    case "bill.view":
      return "openedBillPdf";
    case "bill.download":
      return "downloadedBillPdf";
    case "appointments.view":
      return "viewedAppointments";
    case "box.view":
      return "viewedBox";
    case "appointment.book":
      return "bookedAppointment";
    case "appointment.confirm":
      return "confirmedAppointment";
    case "appointment.cancel":
      return "cancelledAppointment";
    case "communication.send":
    case "communication.start":
      return "sentCommunication";
    case "communication.reply":
      return "replied";
    case "communication.withdraw":
      return "withdrewCommunication";
    default:
      return "accessed";
  }
}

/** The box a "box.view" row names, when it is one. */
export function boxOf(row: AuditFacts): Box | null {
  return row.resourceType === "box" &&
    (BOXES as readonly (string | null)[]).includes(row.resourceId)
    ? (row.resourceId as Box)
    : null;
}

/** Who accessed the record, in relation to it: clinic staff, an admin, its own account, or another account. */
export type AccessRole = "staff" | "admin" | "ownAccount" | "proxy";

export function accessRole(
  actor: { role: Role; profileId: string | null },
  subjectProfileId: string,
): AccessRole {
  if (actor.role === "admin") return "admin";
  if (actor.role === "staff") return "staff";
  return actor.profileId === subjectProfileId ? "ownAccount" : "proxy";
}
