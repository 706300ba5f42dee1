"use server";
import { z } from "zod";
import { publicAction } from "@/lib/actions/safe-action";
import { actOnAppointmentLink } from "@/lib/appointments/link-tokens";

/**
 * The only way an emailed link acts: this POST from its page (a GET only
 * shows, AU-18). No session: the token is the authorization, for its own
 * appointment and action only (lib/appointments/link-tokens.ts).
 */
export const appointmentLinkAction = publicAction(
  z.object({ token: z.string().min(1).max(200), action: z.enum(["confirm", "cancel"]) }),
  async (input, ctx) =>
    actOnAppointmentLink(input.token, input.action, {
      ip: ctx.ip,
      userAgent: ctx.userAgent,
      requestId: ctx.requestId,
    }),
);
