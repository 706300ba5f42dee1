import { describe, expect, it } from "vitest";
import { appointmentHref } from "./booking-links";

describe("appointmentHref", () => {
  it("opens the appointment in its profile's tab and scrolls to it", () => {
    expect(appointmentHref({ id: "me", own: true }, "a1")).toBe(
      "/appointments?open=a1#appointment-a1",
    );
    expect(appointmentHref({ id: "child 1", own: false }, "a2")).toBe(
      "/appointments?profile=child%201&open=a2#appointment-a2",
    );
  });
});
