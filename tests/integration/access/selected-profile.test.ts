// The selected profile (lib/access/profile-choice.ts): the tabs act on the
// profile the browser chose while the account may still use it, else on its
// own; a URL naming a profile the account cannot see answers 404. The matrix
// of the Profile tab: own, granted, tab-missing, lapsed, revoked, unrelated.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createClinic, createProfile, createPatient, grantAccess } from "@/lib/demo/factories";
import { uniqueEmail } from "../harness";
import { NOT_FOUND, signInOn, thrownDigest, yearsAgo } from "../portal-session";

const request = vi.hoisted(() => ({
  cookies: {} as Record<string, string>,
  selected: null as string | null,
}));

vi.mock("next-auth", async (original) =>
  (await import("../session-stand-in")).nextAuthReading(await original(), request),
);

// proxy.ts hands the browser's choice over as this header.
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () =>
    new Headers({
      host: "localhost:3000",
      "x-request-id": "req-selected-profile",
      ...(request.selected ? { "x-selected-profile": request.selected } : {}),
    }),
}));

vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => "en",
}));

const { loadPortalShell, loadProfileTab } = await import("@/lib/portal/loaders");
const { loadBox } = await import("@/lib/communications/loaders");
const { appointmentsTabFor } = await import("@/lib/appointments/loaders");
const { requirePatient } = await import("@/lib/auth/gate");

const PASSWORD = "Selected-profile-2026!";
type Who = { email: string; accountId: string; profileId: string };
let clinicId: string;
let parent: Who;
let other: Who;
let childId: string; // appointments + messages
let teenId: string; // lapsed at 14 (Québec)
let revokedId: string;

async function patient(name: string): Promise<Who> {
  const email = uniqueEmail(name);
  const { account, profile } = await createPatient(clinicId, {
    email,
    password: PASSWORD,
    firstName: name,
  });
  return { email, accountId: account.id, profileId: profile.id };
}

beforeAll(async () => {
  clinicId = (await createClinic({ timeZone: "America/Toronto" })).id;
  parent = await patient("Parent");
  other = await patient("Other");
  childId = (await createProfile(clinicId, { firstName: "Child", dateOfBirth: yearsAgo(8) })).id;
  teenId = (await createProfile(clinicId, { firstName: "Teen", dateOfBirth: yearsAgo(15) })).id;
  revokedId = (await createProfile(clinicId, { firstName: "Gone", dateOfBirth: yearsAgo(6) })).id;
  await grantAccess({
    accountId: parent.accountId,
    profileId: childId,
    tabs: ["appointments", "messages"],
  });
  await grantAccess({ accountId: parent.accountId, profileId: teenId, tabs: ["messages"] });
  const revoked = await grantAccess({
    accountId: parent.accountId,
    profileId: revokedId,
    tabs: ["appointments", "messages", "documents", "bills"],
  });
  await db().profileAccess.update({ where: { id: revoked.id }, data: { revokedAt: new Date() } });
  await signInOn(request, parent.email, PASSWORD);
});

afterEach(() => {
  request.selected = null;
});

const select = (profileId: string | null) => (request.selected = profileId);

describe("the selected profile", () => {
  it("is the account's own when the browser chose none", async () => {
    expect((await loadPortalShell()).current?.profileId).toBe(parent.profileId);
    expect((await loadProfileTab()).id).toBe(parent.profileId);
  });

  it("is the chosen profile while the account may use it, and the tabs act on it", async () => {
    select(childId);
    expect((await loadPortalShell()).current?.profileId).toBe(childId);
    const account = await requirePatient();
    expect((await appointmentsTabFor(account, undefined))?.profile.id).toBe(childId);
    expect((await loadBox("inbox", undefined, 1)).profile.id).toBe(childId);
    const profile = await loadProfileTab();
    expect(profile).toMatchObject({ id: childId, own: false, tabs: ["appointments", "messages"] });
    expect(profile.details.firstName).toBe("Child");
  });

  it("answers 404 for a tab the account may not use for it (Documents, Bills)", async () => {
    select(childId);
    expect(await thrownDigest(() => loadBox("documents", undefined, 1))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadBox("bills", undefined, 1))).toMatch(NOT_FOUND);
  });

  it("falls back to the account's own when the chosen one lapsed, was revoked or is not theirs", async () => {
    for (const chosen of [teenId, revokedId, other.profileId, "no-such-profile"]) {
      select(chosen);
      expect((await loadPortalShell()).current?.profileId, chosen).toBe(parent.profileId);
      expect((await loadBox("inbox", undefined, 1)).profile.id, chosen).toBe(parent.profileId);
    }
  });
});

describe("the Profile tab, named in the URL: own, granted, tab-missing, lapsed, revoked, unrelated", () => {
  it("shows the own profile and a granted one, even with few tabs", async () => {
    expect((await loadProfileTab(parent.profileId)).own).toBe(true);
    expect((await loadProfileTab(childId)).id).toBe(childId);
  });

  it("answers 404 for a lapsed, a revoked and an unrelated profile, and records the refusal", async () => {
    for (const profileId of [teenId, revokedId, other.profileId]) {
      const before = await db().auditEvent.count({
        where: { actorAccountId: parent.accountId, subjectProfileId: profileId, outcome: "denied" },
      });
      expect(await thrownDigest(() => loadProfileTab(profileId)), profileId).toMatch(NOT_FOUND);
      expect(
        await db().auditEvent.count({
          where: {
            actorAccountId: parent.accountId,
            subjectProfileId: profileId,
            outcome: "denied",
            resourceType: "profile",
          },
        }),
      ).toBe(before + 1);
    }
  });

  it("answers 404 to a URL naming a profile the account cannot see, even when another is selected", async () => {
    select(childId);
    expect(await thrownDigest(() => loadBox("inbox", other.profileId, 1))).toMatch(NOT_FOUND);
    expect(await thrownDigest(() => loadProfileTab(revokedId))).toMatch(NOT_FOUND);
  });

  it("sends a signed-out visitor to the login page", async () => {
    await signInOn(request, null, PASSWORD);
    try {
      expect(await thrownDigest(() => loadProfileTab(parent.profileId))).toMatch(
        /^NEXT_REDIRECT;.*\/login/,
      );
    } finally {
      await signInOn(request, parent.email, PASSWORD);
    }
  });
});
