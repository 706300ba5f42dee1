// The communication rules every page, action and email asks (pure, so they are
// unit-tested): which kinds an account sees, which box a kind is filed in, and
// when the patient side may write.
import type { Tab } from "@/lib/access/profile-access";
import type { CommunicationKind, ReplyRule } from "@/lib/db/enums";

/** The patient's boxes: Inbox holds every kind the account may see; Sent the threads a patient wrote in. */
export type Box = "inbox" | "documents" | "bills" | "sent";
export const BOXES: readonly Box[] = ["inbox", "documents", "bills", "sent"];

/** The permission (tab) a proxy needs to see a communication of this kind. */
export const TAB_OF_KIND: Record<CommunicationKind, Tab> = {
  message: "messages",
  document: "documents",
  bill: "bills",
};

/**
 * Where an emailed link opens a thread: its kind's own box, which every
 * recipient has (a proxy holding documents only has no Inbox).
 */
export const BOX_OF_KIND: Record<CommunicationKind, Box> = {
  message: "inbox",
  document: "documents",
  bill: "bills",
};

/** The permission a box needs: Inbox and Sent are the messages tab. */
export const TAB_OF_BOX: Record<Box, Tab> = {
  inbox: "messages",
  sent: "messages",
  documents: "documents",
  bills: "bills",
};

/** The clinic's switches for the communication tabs. */
export type CommunicationFeatures = {
  messagesEnabled: boolean;
  documentsEnabled: boolean;
  billsEnabled: boolean;
};

const FEATURE_OF_KIND: Record<CommunicationKind, keyof CommunicationFeatures> = {
  message: "messagesEnabled",
  document: "documentsEnabled",
  bill: "billsEnabled",
};

/** The kinds of communication an account sees of a profile: its permissions, among the clinic's features. */
export function visibleKinds(tabs: readonly Tab[], features: CommunicationFeatures) {
  return (Object.keys(TAB_OF_KIND) as CommunicationKind[]).filter(
    (kind) => features[FEATURE_OF_KIND[kind]] && tabs.includes(TAB_OF_KIND[kind]),
  );
}

/** The boxes shown in the sidebar for a profile (a box needs its feature and its permission). */
export function visibleBoxes(tabs: readonly Tab[], features: CommunicationFeatures): Box[] {
  const on: Record<Box, boolean> = {
    inbox: features.messagesEnabled,
    sent: features.messagesEnabled,
    documents: features.documentsEnabled,
    bills: features.billsEnabled,
  };
  return BOXES.filter((box) => on[box] && tabs.includes(TAB_OF_BOX[box]));
}

/** The kinds a box lists, among those the account may see (Sent lists any kind a patient wrote in). */
export function kindsOfBox(box: Box, visible: readonly CommunicationKind[]): CommunicationKind[] {
  if (box === "documents") return visible.filter((k) => k === "document");
  if (box === "bills") return visible.filter((k) => k === "bill");
  return [...visible];
}

export const MAX_PATIENT_TEXT = 500;

/** Characters as the user sees them: "é" typed either way and a family emoji count one each. */
export function visibleLength(text: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].length;
}

export type ReplyDecision =
  | { allowed: true; last: boolean }
  | { allowed: false; reason: "notAllowed" | "alreadyReplied" | "withdrawn" };

/**
 * May the patient side write in this thread now? Never once staff closed it,
 * whoever started it. `once`: one reply in all (the database enforces it
 * too); a thread a patient started may always be followed up.
 */
export function replyDecision(thread: {
  replyRule: ReplyRule;
  origin: "clinic" | "patient";
  status: "open" | "answered" | "closed";
  withdrawn: boolean;
  patientReplies: number;
}): ReplyDecision {
  if (thread.withdrawn) return { allowed: false, reason: "withdrawn" };
  if (thread.status === "closed") return { allowed: false, reason: "notAllowed" };
  if (thread.origin === "patient") return { allowed: true, last: false };
  if (thread.replyRule === "none") return { allowed: false, reason: "notAllowed" };
  if (thread.replyRule === "once")
    return thread.patientReplies === 0
      ? { allowed: true, last: true }
      : { allowed: false, reason: "alreadyReplied" };
  return { allowed: true, last: false };
}
