import type { ReactNode } from "react";
import type { AppointmentStatus } from "@/lib/db/enums";

// The status badge's look, without its words: server pages translate them
// (StatusBadge), a client list gets them as props; no translation here.

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

/** The badge with its text already translated: for client components, which get texts as props. */
export function StatusPill({
  status,
  label,
  small,
}: {
  status: AppointmentStatus;
  label: string;
  /** In a calendar visit: the same colours and word, in the visit's small text. */
  small?: boolean;
}) {
  return (
    <Pill tone={tone[status]} small={small}>
      {label}
    </Pill>
  );
}

/** The rounded badge, in the given colours. */
export function Pill({
  tone,
  small,
  children,
}: {
  tone: string;
  small?: boolean;
  children: ReactNode;
}) {
  return <span className={`${small ? "pill-small" : "pill"} ${tone}`}>{children}</span>;
}
