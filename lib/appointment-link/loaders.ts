import "server-only";
// What the page behind an emailed Confirm/Cancel link shows. Looking does not
// use the link (AU-18): only the page's form POST does (actions.ts).
import { findAppointmentView } from "@/lib/appointments/data";
import { inspectAppointmentLink } from "@/lib/appointments/link-tokens";
import { cancelDecision, confirmDecision } from "@/lib/appointments/rules";
import { loadClinic } from "@/lib/clinic/loaders";
import { now } from "@/lib/clock";
import { findSchedulingSettings } from "@/lib/scheduling/data";

/** Whether the link's action can happen now, and if not, why (with the date that explains it). */
export type LinkDecision =
  | { allowed: true }
  | { allowed: false; reason: "notYet"; opensAt: Date }
  | { allowed: false; reason: "pastCutoff"; until: Date }
  | { allowed: false; reason: "alreadyConfirmed" | "notActive" | "past" };

export async function loadAppointmentLinkPage(secret: string) {
  const [clinic, settings, { state, token }] = await Promise.all([
    loadClinic(),
    findSchedulingSettings(),
    inspectAppointmentLink(secret),
  ]);
  const view = token ? await findAppointmentView(token.appointmentId) : null;
  if (!token || !view)
    return { clinic, settings, state: token ? ("invalid" as const) : state, link: null };
  const at = now();
  const decision: LinkDecision =
    token.action === "confirm"
      ? confirmDecision(view, settings, at)
      : cancelDecision(view, settings, at);
  return { clinic, settings, state, link: { action: token.action, appointment: view, decision } };
}
