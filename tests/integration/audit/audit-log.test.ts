// The admin audit log on a real database, through the real session gate: the
// page's loader filters by patient, staff member, action and local date range
// (in the clinic's zone), newest first and 50 a page; the CSV route exports
// the same rows, escaped; reading and exporting are each audited; staff and
// patients get a 404 from both.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createClinic, createPatient, createStaff } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { NOT_FOUND, signInOn, thrownDigest } from "../portal-session";

const request = vi.hoisted(() => ({ cookies: {} as Record<string, string> }));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "user-agent": "vitest",
      "x-request-id": "req-audit-log",
      "x-client-ip": "192.0.2.41",
    }),
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { loadAuditLog } = await import("@/lib/audit/loaders");
const { GET } = await import("@/app/api/admin/audit/route");

const PASSWORD = "Audit-log-test-2026!";

type Who = { email: string; accountId: string; profileId?: string };
let staff: Who;
let admin: Who;
let alice: Who;
let bob: Who;
/** Actions unique to this run, so rows other tests wrote never match. */
const tag = `t${Date.now().toString(36)}`;
const VIEW = `${tag}-view`;
const UPDATE = `${tag}-update`;
const PAGED = `${tag}-paged`;

async function patient(firstName: string, lastName: string): Promise<Who> {
  const email = uniqueEmail(firstName);
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName,
    lastName,
  });
  return { email, accountId: account.id, profileId: profile.id };
}

async function staffMember(role: "staff" | "admin"): Promise<Who> {
  const email = uniqueEmail(role);
  return { email, accountId: (await createStaff({ email, password: PASSWORD, role })).id };
}

const signIn = (who: Who | null) => signInOn(request, who?.email ?? null, PASSWORD);
const csv = (query: Record<string, string>) =>
  GET(new Request(`http://localhost/api/admin/audit?${new URLSearchParams(query).toString()}`));
const actions = (rows: { action: string; subjectProfileId: string | null }[]) =>
  rows.map((r) => `${r.action}:${r.subjectProfileId === alice.profileId ? "alice" : "bob"}`);

let clinicId: string;

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  staff = await staffMember("staff");
  admin = await staffMember("admin");
  alice = await patient("Alice", `Auditson${tag}`);
  bob = await patient("Bob", `Logger${tag}`);
  // Toronto is UTC−5 in January: 04:30Z on the 11th is still the 10th there.
  await db().auditEvent.createMany({
    data: [
      { at: new Date("2026-01-09T12:00:00Z"), action: VIEW, actor: admin, subject: bob },
      { at: new Date("2026-01-10T15:00:00Z"), action: VIEW, actor: staff, subject: alice },
      { at: new Date("2026-01-11T04:30:00Z"), action: UPDATE, actor: staff, subject: bob },
      { at: new Date("2026-01-11T05:30:00Z"), action: UPDATE, actor: staff, subject: alice },
    ].map(({ at, action, actor, subject }) => ({
      at,
      action,
      actorAccountId: actor.accountId,
      actorRole: actor === admin ? ("admin" as const) : ("staff" as const),
      subjectProfileId: subject.profileId,
      resourceType: "profile",
      resourceId: subject.profileId,
      ip: "=cmd|' /C calc'!A0",
    })),
  });
});

afterEach(() => {
  request.cookies = {};
});

describe("the audit log for admins", () => {
  it("filters by staff member, newest first, with the actor's email and the patient's name", async () => {
    await signIn(admin);
    const log = await loadAuditLog({ staff: staff.accountId });
    expect(actions(log.rows)).toEqual([`${UPDATE}:alice`, `${UPDATE}:bob`, `${VIEW}:alice`]);
    expect(log.rows[0]).toMatchObject({
      actorEmail: staff.email,
      actorRole: "staff",
      subjectName: `Alice Auditson${tag}`,
    });
  });

  it("filters by patient, by profile id or by name", async () => {
    await signIn(admin);
    const byId = await loadAuditLog({ patient: alice.profileId! });
    expect(actions(byId.rows)).toEqual([`${UPDATE}:alice`, `${VIEW}:alice`]);
    const byName = await loadAuditLog({ patient: `Logger${tag}` });
    expect(actions(byName.rows)).toEqual([`${UPDATE}:bob`, `${VIEW}:bob`]);
  });

  it("filters by exact action", async () => {
    await signIn(admin);
    const log = await loadAuditLog({ action: UPDATE });
    expect(actions(log.rows)).toEqual([`${UPDATE}:alice`, `${UPDATE}:bob`]);
    expect((await loadAuditLog({ action: tag })).total).toBe(0);
  });

  it("filters by local dates in the clinic's zone, both ends inclusive", async () => {
    await signIn(admin);
    const tenth = await loadAuditLog({
      staff: staff.accountId,
      from: "2026-01-10",
      to: "2026-01-10",
    });
    expect(actions(tenth.rows)).toEqual([`${UPDATE}:bob`, `${VIEW}:alice`]);
    const fromEleventh = await loadAuditLog({ action: UPDATE, from: "2026-01-11" });
    expect(actions(fromEleventh.rows)).toEqual([`${UPDATE}:alice`]);
    const untilNinth = await loadAuditLog({ patient: bob.profileId!, to: "2026-01-09" });
    expect(actions(untilNinth.rows)).toEqual([`${VIEW}:bob`]);
  });

  it("ignores malformed filters instead of failing", async () => {
    await signIn(admin);
    const log = await loadAuditLog({
      staff: staff.accountId,
      from: "2026-02-30",
      to: "yesterday",
      page: "-3",
    });
    expect(log.total).toBe(3);
    expect(log.query.page).toBe(1);
  });

  it("pages by 50, newest first", async () => {
    const base = Date.parse("2025-06-01T12:00:00Z");
    await db().auditEvent.createMany({
      data: Array.from({ length: 55 }, (_, i) => ({
        at: new Date(base + i * 60_000),
        action: PAGED,
        resourceType: "profile",
        resourceId: String(i),
      })),
    });
    await signIn(admin);
    const first = await loadAuditLog({ action: PAGED });
    expect(first).toMatchObject({ total: 55, pages: 2 });
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]!.resourceId).toBe("54");
    const second = await loadAuditLog({ action: PAGED, page: "2" });
    expect(second.rows.map((r) => r.resourceId)).toEqual(["4", "3", "2", "1", "0"]);
  });

  it("records each read of the log, with its filters", async () => {
    await signIn(admin);
    await loadAuditLog({ action: VIEW, from: "2026-01-01" });
    const read = await db().auditEvent.findFirst({
      where: { actorAccountId: admin.accountId, resourceType: "auditLog", action: "view" },
      orderBy: { id: "desc" },
    });
    expect(read).toMatchObject({
      actorRole: "admin",
      ip: "192.0.2.41",
      requestId: "req-audit-log",
      detail: { action: VIEW, from: "2026-01-01", to: null, patient: null, staff: null },
    });
  });
});

describe("the audit CSV export", () => {
  it("holds a header row and the filtered rows, escaped, and is audited", async () => {
    await signIn(admin);
    const response = await csv({ staff: staff.accountId, to: "2026-01-10" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="audit-log-/,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toMatch(/^at,actorEmail,actorRole,/);
    expect(lines.slice(1)).toHaveLength(3); // two rows and the final CRLF
    expect(lines[1]).toContain(`,${UPDATE},`);
    expect(lines[2]).toContain(`,${VIEW},`);
    expect(lines[1]).toContain(staff.email);
    // The IP field was a formula: a spreadsheet now reads it as text.
    expect(lines[1]).toContain(",'=cmd|' /C calc'!A0,");
    expect(lines[3]).toBe("");
    const exported = await db().auditEvent.findFirst({
      where: { actorAccountId: admin.accountId, resourceType: "auditLog", action: "export" },
      orderBy: { id: "desc" },
    });
    expect(exported?.detail).toMatchObject({ staff: staff.accountId, to: "2026-01-10" });
  });
});

describe("anyone but an admin", () => {
  it("gets a 404 from the loader and the CSV route", async () => {
    for (const who of [staff, alice]) {
      await signIn(who);
      expect(await thrownDigest(() => loadAuditLog({}))).toMatch(NOT_FOUND);
      expect((await csv({})).status).toBe(404);
    }
    await signIn(null);
    expect((await csv({})).status).toBe(404);
  });
});
