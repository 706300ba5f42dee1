// Inputs of the appointment book and of the scheduling settings, parsed by the
// staff actions and shared with the forms. Messages are codes the forms
// translate (adminBook.errors.* / adminScheduling.errors.*, then forms.errors.*).
import { z } from "zod";
import { recordId as id } from "@/lib/actions/fields";
import { isLocalDate, type LocalDate } from "@/lib/time/zoned";

export const BOOK_VIEWS = ["day", "week"] as const;
export const BOOK_BY = ["practitioner", "site"] as const;
export type BookView = (typeof BOOK_VIEWS)[number];
export type BookLayout = "calendar" | "list";
export type BookBy = (typeof BOOK_BY)[number];

/**
 * The book's GET form: `view` (day|week), `date`, and `show` — "practitioner:<id>",
 * "site:<id>" or empty for the whole clinic — `layout` (calendar, the
 * default, or list) and `cols`, the day calendar's page of practitioners.
 * Anything unknown falls back to a default rather than failing the page.
 */
export function parseBookQuery(
  params: Record<string, string | string[] | undefined>,
  today: LocalDate,
) {
  const one = (key: string) => {
    const v = params[key];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  };
  const view: BookView = one("view") === "week" ? "week" : "day";
  const date = isLocalDate(one("date")) ? one("date") : today;
  const show = /^(practitioner|site):([\w-]{1,64})$/.exec(one("show"));
  const by: BookBy = show?.[1] === "site" ? "site" : "practitioner";
  const layout: BookLayout = one("layout") === "list" ? "list" : "calendar";
  // The day calendar's group of practitioners (DAY_COLUMNS a page), from 1.
  const cols = /^\d{1,3}$/.test(one("cols")) ? Math.max(1, Number(one("cols"))) : 1;
  return { view, by, date, filterId: show?.[2] ?? "", layout, cols };
}

export const cancelSchema = z.object({
  appointmentId: id,
  reason: z.string().trim().min(1, "reasonRequired").max(500, "tooLong"),
});

export const attendanceSchema = z.object({
  appointmentId: id,
  outcome: z.enum(["completed", "noShow"]),
});

export const noteSchema = z.object({
  appointmentId: id,
  note: z.string().trim().max(2000, "tooLong"),
});

/** A slot of the staff grid: "practitionerId|siteId|ISO start". */
export const slotValue = (slot: { practitionerId: string; siteId: string; startsAt: Date }) =>
  `${slot.practitionerId}|${slot.siteId}|${slot.startsAt.toISOString()}`;

export const staffBookingSchema = z.object({
  profileId: id,
  typeId: id,
  slot: z
    .string("slotRequired")
    .trim()
    .min(1, "slotRequired")
    .transform((v, ctx) => {
      const [practitionerId, siteId, iso] = v.split("|");
      const startsAt = iso ? new Date(iso) : null;
      if (!practitionerId || !siteId || !startsAt || Number.isNaN(startsAt.getTime())) {
        ctx.addIssue({ code: "custom", message: "slotRequired" });
        return z.NEVER;
      }
      return { practitionerId, siteId, startsAt };
    }),
  reason: z.string().trim().min(1, "required").max(500, "tooLong"),
});
export type StaffBookingInput = z.output<typeof staffBookingSchema>;

// ---------------------------------------------------------------- scheduling settings

const hours = (max: number, min = 0) =>
  z.coerce.number("required").int("wholeNumber").min(min, "outOfRange").max(max, "outOfRange");

export const REMINDER_LIMITS = { min: 1, max: 336, count: 4 } as const;

/** "72, 24" → [72, 24]: whole hours 1–336, at most four, no repeats, largest first. */
export function parseReminderHours(
  value: string,
): number[] | "reminderFormat" | "reminderRange" | "reminderCount" {
  const parts = value
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.some((p) => !/^\d+$/.test(p))) return "reminderFormat";
  const values = [...new Set(parts.map(Number))];
  if (values.some((v) => v < REMINDER_LIMITS.min || v > REMINDER_LIMITS.max))
    return "reminderRange";
  if (values.length > REMINDER_LIMITS.count) return "reminderCount";
  return values.sort((a, b) => b - a);
}

export const schedulingSettingsSchema = z.object({
  confirmationWindowHours: hours(720),
  cancellationCutoffHours: hours(720),
  minBookingNoticeHours: hours(720),
  maxBookingHorizonDays: hours(730, 1),
  reminderLeadHours: z
    .string()
    .trim()
    .max(100, "reminderFormat")
    .transform((v, ctx) => {
      const parsed = parseReminderHours(v);
      if (typeof parsed === "string") {
        ctx.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      return parsed;
    }),
  emergencyBookingEnabled: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
});
export type SchedulingSettingsInput = z.output<typeof schedulingSettingsSchema>;
