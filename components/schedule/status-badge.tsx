import { useTranslations } from "next-intl";
import type { AppointmentStatus } from "@/lib/db/enums";

// Colour AND text: confirmed green, booked (not confirmed) neutral, cancelled
// red; completed and no-show have their own tones. Colour alone would fail
// people who cannot tell them apart.
const tones: Record<AppointmentStatus, string> = {
  confirmed: "border-green-700 bg-green-50 text-green-900",
  booked: "border-gray-500 bg-gray-100 text-gray-900",
  cancelled: "border-red-700 bg-red-50 text-red-900",
  completed: "border-blue-700 bg-blue-50 text-blue-900",
  noShow: "border-amber-700 bg-amber-50 text-amber-900",
};

export function AppointmentStatusBadge({ status }: { status: AppointmentStatus }) {
  const t = useTranslations("adminBook.status");
  return <span className={`inline-block rounded-full border px-2 py-0.5 text-sm font-medium ${tones[status]}`}>{t(status)}</span>;
}
