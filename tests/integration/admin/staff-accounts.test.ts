// Staff administration against a real database: each admin action changes
// what it should, writes its audit event (AL-2, no secret), and refuses
// patients and non-admin staff (AC-6). Disabling ends live sessions (SE-3);
// an admin cannot disable themself nor leave the clinic without an active admin.
import { beforeAll, describe, expect, it } from "vitest";
import {
  addStaffMember,
  listStaff,
  resetStaffPassword,
  setStaffEnabled,
} from "@/lib/admin/staff-accounts";
import { verifyPassword } from "@/lib/auth/password";
import { resetPassword } from "@/lib/credentials/password";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";

let clinicId: string;
let admin: { id: string; role: "admin" };
let staff: { id: string; role: "staff" };
let patient: { id: string; role: "patient" };

const req = { ip: "203.0.113.7", userAgent: "vitest", requestId: "req-staff" };

async function auditsOf(action: string, resourceId?: string) {
  return db().auditEvent.findMany({
    where: { action, ...(resourceId ? { resourceId } : {}) },
    orderBy: { id: "asc" },
  });
}

beforeAll(async () => {
  clinicId = (await createClinic()).id;
  admin = {
    id: (await createStaff({ email: uniqueEmail("admin"), role: "admin" })).id,
    role: "admin",
  };
  staff = {
    id: (await createStaff({ email: uniqueEmail("staff"), role: "staff" })).id,
    role: "staff",
  };
  patient = {
    id: (await createPatient(clinicId, { email: uniqueEmail("patient") })).account.id,
    role: "patient",
  };
});

describe("adding a staff member", () => {
  it("creates an active account without a password, emails a welcome with a 72 h link to set one, and audits it", async () => {
    const email = uniqueEmail("new-staff");
    expect(await addStaffMember(admin, { email, role: "staff", language: "fr" }, req)).toEqual({
      ok: true,
      data: undefined,
    });
    const account = await db().account.findUniqueOrThrow({ where: { email } });
    expect(account).toMatchObject({
      role: "staff",
      status: "active",
      language: "fr",
      passwordHash: null,
      profileId: null,
    });
    const mail = await db().outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(mail.template).toBe("staff-welcome");
    expect(mail).toMatchObject({ locale: "fr", payload: { role: "staff", expiresInHours: 72 } });
    const token = await db().accountToken.findFirstOrThrow({
      where: { accountId: account.id, purpose: "passwordReset" },
    });
    const hours = (token.expiresAt.getTime() - token.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThan(72.1);
    const [audit] = await auditsOf("staff.add", account.id);
    expect(audit).toMatchObject({
      actorAccountId: admin.id,
      actorRole: "admin",
      outcome: "success",
      ip: req.ip,
      requestId: req.requestId,
    });
    expect(JSON.stringify(audit?.detail)).not.toMatch(/reset-password|token/i);
  });

  it("the new member sets their own password from the emailed link", async () => {
    const email = uniqueEmail("newcomer");
    await addStaffMember(admin, { email, role: "admin", language: "en" }, req);
    const mail = await db().outboxEmail.findFirstOrThrow({
      where: { to: email, template: "staff-welcome" },
    });
    const secret = (mail.payload as { setPasswordUrl: string }).setPasswordUrl.split(
      "/reset-password/",
    )[1]!;
    expect(await resetPassword(secret, "Staff-chosen-secret-9", req)).toMatchObject({ ok: true });
    const account = await db().account.findUniqueOrThrow({ where: { email } });
    expect(await verifyPassword(account.passwordHash!, "Staff-chosen-secret-9")).toBe(true);
  });

  it("refuses an email already used by any account", async () => {
    const email = uniqueEmail("dup");
    await createStaff({ email });
    expect(
      await addStaffMember(admin, { email, role: "admin", language: "en" }, req),
    ).toMatchObject({ ok: false, code: "emailTaken" });
  });

  it("refuses patients and non-admin staff, creates nothing and records the denial", async () => {
    for (const actor of [patient, staff]) {
      const email = uniqueEmail("sneaky");
      expect(
        await addStaffMember(actor, { email, role: "admin", language: "en" }, req),
      ).toMatchObject({ ok: false, code: "notFound" });
      expect(await db().account.count({ where: { email } })).toBe(0);
    }
    expect(
      (await auditsOf("staff.add"))
        .filter((a) => a.outcome === "denied")
        .map((a) => a.actorAccountId),
    ).toEqual([patient.id, staff.id]);
    expect(await listStaff(patient)).toBeNull();
    expect(await listStaff(staff)).toBeNull();
  });
});

describe("listing staff", () => {
  it("lists staff and admins only, never a password hash", async () => {
    const rows = await listStaff(admin, req);
    expect(rows).not.toBeNull();
    expect(rows!.map((r) => r.id)).toEqual(expect.arrayContaining([admin.id, staff.id]));
    expect(rows!.some((r) => r.id === patient.id)).toBe(false);
    expect(JSON.stringify(rows)).not.toContain("argon2");
  });
});

describe("disabling and re-enabling", () => {
  it("disables a member: status disabled, sessions ended (sessionVersion bumped), audited; then re-enables", async () => {
    const target = await createStaff({ email: uniqueEmail("leaving") });
    expect(await setStaffEnabled(admin, target.id, false, req)).toMatchObject({ ok: true });
    const after = await db().account.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.status).toBe("disabled");
    expect(after.sessionVersion).toBe(target.sessionVersion + 1);
    expect(await auditsOf("staff.disable", target.id)).toHaveLength(1);

    expect(await setStaffEnabled(admin, target.id, true, req)).toMatchObject({ ok: true });
    expect((await db().account.findUniqueOrThrow({ where: { id: target.id } })).status).toBe(
      "active",
    );
    expect(await auditsOf("staff.enable", target.id)).toHaveLength(1);
  });

  it("refuses a patient or non-admin staff, and changes nothing", async () => {
    const target = await createStaff({ email: uniqueEmail("target") });
    for (const actor of [patient, staff]) {
      expect(await setStaffEnabled(actor, target.id, false, req)).toMatchObject({
        ok: false,
        code: "notFound",
      });
    }
    expect(await db().account.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      status: "active",
      sessionVersion: 0,
    });
  });

  it("does not act on a patient account through the staff screen", async () => {
    expect(await setStaffEnabled(admin, patient.id, false, req)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect((await db().account.findUniqueOrThrow({ where: { id: patient.id } })).status).toBe(
      "active",
    );
  });

  it("an admin cannot disable themself", async () => {
    expect(await setStaffEnabled(admin, admin.id, false, req)).toMatchObject({
      ok: false,
      code: "self",
    });
    expect((await db().account.findUniqueOrThrow({ where: { id: admin.id } })).status).toBe(
      "active",
    );
  });

  it("keeps the last active admin: disabling it is refused", async () => {
    const second = await createStaff({ email: uniqueEmail("admin2"), role: "admin" });
    // `admin` disables `second` while another admin (admin itself) stays active: allowed.
    expect(await setStaffEnabled(admin, second.id, false, req)).toMatchObject({ ok: true });
    await setStaffEnabled(admin, second.id, true, req);
    // Every other admin, `admin` included, was disabled meanwhile (another tab, another admin): second is now the only active admin.
    const others = await db().account.findMany({
      where: { role: "admin", status: "active", id: { not: second.id } },
      select: { id: true },
    });
    await db().account.updateMany({
      where: { id: { in: others.map((o) => o.id) } },
      data: { status: "disabled" },
    });
    try {
      expect(await setStaffEnabled(admin, second.id, false, req)).toMatchObject({
        ok: false,
        code: "lastAdmin",
      });
      expect((await db().account.findUniqueOrThrow({ where: { id: second.id } })).status).toBe(
        "active",
      );
    } finally {
      await db().account.updateMany({
        where: { id: { in: others.map((o) => o.id) } },
        data: { status: "active" },
      });
    }
  });
});

describe("password reset of a staff member", () => {
  it("emails a reset link, never touches the password, and audits it (AU-21)", async () => {
    const target = await createStaff({ email: uniqueEmail("forgetful") });
    expect(await resetStaffPassword(admin, target.id, req)).toMatchObject({ ok: true });
    expect((await db().account.findUniqueOrThrow({ where: { id: target.id } })).passwordHash).toBe(
      target.passwordHash,
    );
    expect(
      await db().outboxEmail.count({ where: { to: target.email, template: "password-reset" } }),
    ).toBe(1);
    expect(await auditsOf("staff.passwordReset", target.id)).toHaveLength(1);
    expect(await resetStaffPassword(patient, target.id, req)).toMatchObject({
      ok: false,
      code: "notFound",
    });
    expect(
      await db().outboxEmail.count({ where: { to: target.email, template: "password-reset" } }),
    ).toBe(1);
  });
});
