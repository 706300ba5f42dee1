import { useTranslations } from "next-intl";
import type { AppointmentStatus, ThreadStatus } from "@/lib/db/enums";
import { Pill, StatusPill } from "./status-pill";

/** The edge of a calendar visit, matching the badge (a cancelled one is also dashed). */
export const statusEdge: Record<AppointmentStatus, string> = {
  confirmed: "border-gray-300 border-l-green-700",
  booked: "border-gray-300 border-l-gray-500",
  cancelled: "border-dashed border-red-700",
  completed: "border-gray-300 border-l-gray-400",
  noShow: "border-gray-300 border-l-amber-700",
};

/** The status as a badge; staff pages use the clinic's own words ("No-show" rather than "Missed"). */
export function StatusBadge({
  status,
  audience = "patient",
  small = false,
}: {
  status: AppointmentStatus;
  audience?: "patient" | "staff";
  /** In a calendar visit: the same colours and word, in the visit's small text. */
  small?: boolean;
}) {
  const patientText = useTranslations("appointments.status");
  const staffText = useTranslations("adminBook.status");
  const t = audience === "staff" ? staffText : patientText;
  return <StatusPill status={status} label={t(status)} small={small} />;
}

const threadTone: Record<ThreadStatus, string> = {
  open: "border-brand-700 bg-brand-50 text-brand-800",
  answered: "border-green-700 bg-green-50 text-green-800",
  closed: "border-gray-400 bg-gray-100 text-ink",
};

/** A staff inbox thread's status, in the same badge. */
export function ThreadStatusBadge({ status }: { status: ThreadStatus }) {
  const t = useTranslations("adminInbox.statuses");
  return <Pill tone={threadTone[status]}>{t(status)}</Pill>;
}
