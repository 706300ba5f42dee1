import type { ReactNode } from "react";
import { requireAppointmentsTab } from "@/lib/appointments/loaders";
import { requestedProfileParam } from "@/lib/request-context";

// The tab's access check, above its loading boundary so that a refusal keeps
// its 404 status; the page checks again (cached). Booking pages have their own.
export default async function Layout({ children }: { children: ReactNode }) {
  await requireAppointmentsTab(await requestedProfileParam());
  return children;
}
