// Inputs of the availability screens, parsed by the staff actions and shared
// with the forms. Messages are codes the forms translate (adminAvailability.errors.*,
// then forms.errors.*). Times are local wall-clock times of the clinic: "HH:MM"
// for a weekly range or an extra block, "YYYY-MM-DDTHH:MM" (datetime-local) for time off.
import { z } from "zod";
import { recordId as id } from "@/lib/actions/fields";
import { isLocalDate } from "@/lib/time/zoned";
import { formatClock, parseClock } from "./clock";
import { parseWeekForm } from "./week";

export { formatClock, parseClock };

const localDate = z.string().trim().min(1, "required").refine(isLocalDate, "date");
const clock = z
  .string()
  .trim()
  .min(1, "required")
  .transform((v, ctx) => {
    const minutes = parseClock(v);
    if (minutes === null) {
      ctx.addIssue({ code: "custom", message: "time" });
      return z.NEVER;
    }
    if (minutes % 5 !== 0) {
      ctx.addIssue({ code: "custom", message: "fiveMinuteGrid" });
      return z.NEVER;
    }
    return minutes;
  });

/** datetime-local: "YYYY-MM-DDTHH:MM", kept as its date and minute (the zone is applied on the server). */
const localDateTime = z
  .string()
  .trim()
  .min(1, "required")
  .transform((v, ctx) => {
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/.exec(v);
    const minute = m ? parseClock(m[2]!) : null;
    if (!m || !isLocalDate(m[1]!) || minute === null || minute >= 24 * 60) {
      ctx.addIssue({ code: "custom", message: "dateTime" });
      return z.NEVER;
    }
    return { date: m[1]!, minute };
  });

/** A group of checkboxes of one name: none, one or several ids. */
const idList = z
  .union([id, z.array(id).max(100)])
  .optional()
  .transform((v) => (v === undefined ? [] : [...new Set(Array.isArray(v) ? v : [v])]));

/** "Save anyway": present once the staff member has seen the appointments a change leaves outside. */
const acknowledge = z
  .literal("on")
  .optional()
  .transform((v) => v === "on");

/**
 * The weekly editor: every field of the week is checked at once by
 * parseWeekForm (lib/availability/week.ts), its errors keyed by field name.
 */
export const weekSchema = z
  .record(z.string(), z.union([z.string(), z.array(z.string()).max(100)]))
  .transform((raw, ctx) => {
    const parsed = parseWeekForm(raw);
    if (parsed.ok) return parsed.value;
    for (const [field, code] of Object.entries(parsed.errors))
      ctx.addIssue({ code: "custom", path: [field], message: code });
    return z.NEVER;
  });

export const timeOffSchema = z
  .object({
    practitionerId: id,
    siteId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .transform((v) => (v ? v : null)),
    from: localDateTime,
    until: localDateTime,
    note: z
      .string()
      .trim()
      .max(200, "tooLong")
      .optional()
      .transform((v) => (v ? v : null)),
    acknowledge,
  })
  .superRefine((v, ctx) => {
    if (
      `${v.until.date}${formatClock(v.until.minute)}` <=
      `${v.from.date}${formatClock(v.from.minute)}`
    ) {
      ctx.addIssue({ code: "custom", path: ["until"], message: "endAfterStart" });
    }
  });
export type TimeOffInput = z.output<typeof timeOffSchema>;

export const extraBlockSchema = z
  .object({
    practitionerId: id,
    siteId: id,
    date: localDate,
    start: clock,
    end: clock,
    typeIds: idList,
  })
  .superRefine((v, ctx) => {
    if (v.end <= v.start) ctx.addIssue({ code: "custom", path: ["end"], message: "endAfterStart" });
    if (v.typeIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["typeIds"], message: "typesRequired" });
  });
export type ExtraBlockInput = z.output<typeof extraBlockSchema>;

export const removeExceptionSchema = z.object({ id, practitionerId: id, acknowledge });
