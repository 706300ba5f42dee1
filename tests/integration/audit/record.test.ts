// recordAudit stores exactly the audit fields, whatever else its caller's
// context object carries (action handlers pass theirs: path, account…).
import { describe, expect, it } from "vitest";
import { recordAudit, type AuditInput } from "@/lib/audit/mutations";
import { db } from "@/lib/db/client";

describe("recordAudit", () => {
  it("writes one row with the audit fields and ignores extra context", async () => {
    const context = {
      requestId: "req-1",
      ip: "203.0.113.9",
      userAgent: "UA",
      pathname: "/en/register",
      account: { id: "x" },
    };
    await recordAudit({
      ...context,
      actorAccountId: null,
      resourceType: "account",
      action: "register",
      outcome: "denied",
      detail: { reason: "emailTaken" },
    } as AuditInput);
    const rows = await db().auditEvent.findMany({ where: { requestId: "req-1" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "register",
      outcome: "denied",
      ip: "203.0.113.9",
      userAgent: "UA",
      detail: { reason: "emailTaken" },
    });
  });
});
