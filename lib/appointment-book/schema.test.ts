import { describe, expect, it } from "vitest";
import { parseReminderHours, schedulingSettingsSchema, staffBookingSchema } from "./schema";

describe("parseReminderHours", () => {
  it("reads a comma-separated list, drops repeats and sorts largest first", () => {
    expect(parseReminderHours("24, 72")).toEqual([72, 24]);
    expect(parseReminderHours("72,72, 1")).toEqual([72, 1]);
    expect(parseReminderHours("")).toEqual([]);
  });
  it("refuses non-numbers, values out of 1–336 and more than four values", () => {
    expect(parseReminderHours("72, abc")).toBe("reminderFormat");
    expect(parseReminderHours("1.5")).toBe("reminderFormat");
    expect(parseReminderHours("0")).toBe("reminderRange");
    expect(parseReminderHours("337")).toBe("reminderRange");
    expect(parseReminderHours("1,2,3,4,5")).toBe("reminderCount");
  });
});

describe("schedulingSettingsSchema", () => {
  const valid = {
    confirmationWindowHours: "72",
    cancellationCutoffHours: "48",
    minBookingNoticeHours: "2",
    maxBookingHorizonDays: "90",
    reminderLeadHours: "72, 24",
  };
  it("parses the form", () => {
    expect(schedulingSettingsSchema.parse({ ...valid, emergencyBookingEnabled: "on" })).toEqual({
      confirmationWindowHours: 72,
      cancellationCutoffHours: 48,
      minBookingNoticeHours: 2,
      maxBookingHorizonDays: 90,
      reminderLeadHours: [72, 24],
      emergencyBookingEnabled: true,
    });
    expect(schedulingSettingsSchema.parse(valid).emergencyBookingEnabled).toBe(false);
  });
  it("answers a code per field", () => {
    const r = schedulingSettingsSchema.safeParse({
      ...valid,
      maxBookingHorizonDays: "0",
      reminderLeadHours: "400",
      confirmationWindowHours: "1.5",
    });
    expect(r.success).toBe(false);
    const messages = Object.fromEntries(r.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      maxBookingHorizonDays: "outOfRange",
      reminderLeadHours: "reminderRange",
      confirmationWindowHours: "wholeNumber",
    });
  });
});

describe("staffBookingSchema", () => {
  it("splits the slot value", () => {
    const r = staffBookingSchema.parse({
      profileId: "p",
      typeId: "t",
      slot: "pr|si|2026-12-01T14:00:00.000Z",
      reason: "Knee",
    });
    expect(r.slot).toEqual({
      practitionerId: "pr",
      siteId: "si",
      startsAt: new Date("2026-12-01T14:00:00.000Z"),
    });
  });
  it("asks for a slot when none is chosen", () => {
    const r = staffBookingSchema.safeParse({ profileId: "p", typeId: "t", reason: "Knee" });
    expect(r.error?.issues[0]?.message).toBe("slotRequired");
  });
});
