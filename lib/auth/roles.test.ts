import { describe, expect, it } from "vitest";
import { hasStaffRole } from "./roles";

describe("hasStaffRole", () => {
  it("lets staff and admins do staff work, never a patient", () => {
    expect([hasStaffRole("staff"), hasStaffRole("admin"), hasStaffRole("patient")]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("keeps admin work to admins", () => {
    const admin = { admin: true };
    expect([
      hasStaffRole("staff", admin),
      hasStaffRole("admin", admin),
      hasStaffRole("patient", admin),
    ]).toEqual([false, true, false]);
  });
});
