import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { AppointmentStatus, ThreadStatus } from "@/lib/db/enums";

// Colour AND text: confirmed green, booked neutral, cancelled red (WCAG 1.4.1).
const tone: Record<AppointmentStatus, string> = {
  confirmed: "border-green-700 bg-green-50 text-green-800",
  booked: "border-gray-500 bg-white text-ink",
  cancelled: "border-red-700 bg-red-50 text-red-800",
  completed: "border-gray-400 bg-gray-100 text-ink",
  noShow: "border-amber-700 bg-amber-50 text-amber-900",
};

/** The row accent matching the badge. */
export const statusAccent: Record<AppointmentStatus, string> = {
  confirmed: "border-l-green-700 bg-green-50/40",
  booked: "border-l-gray-400 bg-white",
  cancelled: "border-l-red-700 bg-red-50/40",
  completed: "border-l-gray-400 bg-white",
  noShow: "border-l-amber-700 bg-white",
};

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
  return (
    <Pill tone={tone[status]} small={small}>
      {t(status)}
    </Pill>
  );
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

function Pill({ tone, small, children }: { tone: string; small?: boolean; children: ReactNode }) {
  const size = small ? "max-w-full truncate px-1 align-top text-xs" : "px-2 py-0.5 text-sm";
  return (
    <span className={`inline-block rounded-full border font-semibold ${size} ${tone}`}>
      {children}
    </span>
  );
}
