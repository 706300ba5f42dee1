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

/** The status as a badge; staff pages use the clinic's own words ("No-show" rather than "Missed"). */
export function StatusBadge({
  status,
  audience = "patient",
}: {
  status: AppointmentStatus;
  audience?: "patient" | "staff";
}) {
  const patientText = useTranslations("appointments.status");
  const staffText = useTranslations("adminBook.status");
  const t = audience === "staff" ? staffText : patientText;
  return <StatusPill status={status} label={t(status)} />;
}

/** The badge with its text already translated: for client components, which get texts as props. */
export function StatusPill({ status, label }: { status: AppointmentStatus; label: string }) {
  return <Pill tone={tone[status]}>{label}</Pill>;
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

function Pill({ tone, children }: { tone: string; children: ReactNode }) {
  return <span className={`pill ${tone}`}>{children}</span>;
}
