// The limits on public endpoints live in the database (ThrottleBucket), so
// they hold however requests are spread over instances: an address asking
// again and again, alternately on two instances, gets at most
// THROTTLE.linkEmailsPerAddress emails an hour, whether it registers, asks for
// a password reset or for a new activation link. Past the limit the answer is
// a translated "try again later" (emailLimit), the same for an address with an
// account and one without (AU-5, AU-6, AU-8): the limit reveals nothing.
// Wrong invitation codes are counted on the invitation itself, wrong
// email-change codes per request in the database: the fifth, whichever
// instance gets it, voids it, and then even the right code fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_FAILED_CODES } from "@/lib/invitations/rules";
import { THROTTLE } from "@/lib/throttle/rules";
import { postAction } from "../../scripts/bench/harness";
import { type Cluster, eventually, formOf, startCluster } from "./cluster";
import { answerOf } from "./load";

const LIMIT = THROTTLE.linkEmailsPerAddress.limit;
const PASSWORD = "Faults-limits-2026";
let cluster: Cluster;
let clinicId: string;

beforeAll(async () => {
  cluster = await startCluster(2);
  const { createClinic, createPatient } = await import("@/lib/demo/factories");
  const clinic = await createClinic();
  clinicId = clinic.id;
  await createPatient(clinic.id, { email: "active@faults.test" });
  await createPatient(clinic.id, { email: "pending@faults.test", status: "pending" });
});
afterAll(() => cluster?.stop());

const to = (address: string) => cluster.sent().filter((m) => m.to.includes(address));

describe("limits on public endpoints, across two instances", () => {
  for (const [what, address, page, action] of [
    ["password reset", "active@faults.test", "/en/forgot-password", "forgotPasswordAction"],
    [
      "password reset, no account",
      "nobody@faults.test",
      "/en/forgot-password",
      "forgotPasswordAction",
    ],
    ["new activation link", "pending@faults.test", "/en/activate", "resendActivationAction"],
    [
      "new activation link, no account",
      "nobody-else@faults.test",
      "/en/activate",
      "resendActivationAction",
    ],
  ] as const) {
    it(`${what}: ${LIMIT + 3} requests spread over both instances; ${LIMIT} answered "check your email", then "try again later"`, async () => {
      const id = cluster.action(action);
      const answers = [];
      for (let i = 0; i < LIMIT + 3; i++) {
        const base = cluster.bases[i % cluster.bases.length]!;
        answers.push(await postAction(base, page, id, formOf({ email: address })));
      }
      expect(answers.map((a) => [a.status, answerOf(a)])).toEqual([
        ...Array.from({ length: LIMIT }, () => [200, "ok"]),
        ...Array.from({ length: 3 }, () => [200, "emailLimit"]),
      ]);
      const mailed = address.startsWith("nobody") ? 0 : LIMIT;
      const queued = await cluster.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "OutboxEmail" WHERE "to" = $1`,
        [address],
      );
      expect(queued.rows[0]!.n).toBe(mailed);
      await eventually(
        () => to(address).length,
        (n) => n >= mailed,
      );
      expect(to(address)).toHaveLength(mailed);
    });
  }
});

/** The 6-digit code in an email ("Your clinic code: 123456", "Your code: …"). */
const codeIn = (html: string) => /code[^\d<]*(?:<[^>]+>\s*)*(\d{6})/i.exec(html)?.[1];

describe("invitation codes, across two instances", () => {
  it(`the ${MAX_FAILED_CODES}th wrong code voids the invitation; then the right code is refused too`, async () => {
    const { createProfile, createStaff } = await import("@/lib/demo/factories");
    const { sendInvitation } = await import("@/lib/admin/patients");
    const staff = await createStaff({ role: "admin" });
    const profile = await createProfile(clinicId, { firstName: "Ines" });
    const address = "invited@faults.test";
    expect(
      await sendInvitation(
        { id: staff.id, role: "admin" },
        { profileId: profile.id, email: address },
      ),
    ).toEqual({ ok: true, data: undefined });
    // The invitation as the patient receives it (delivered by one of the instances).
    const [email] = await eventually(
      () => to(address),
      (mails) => mails.length === 1,
    );
    const html = email!.html ?? "";
    const token = /\/invitation\/([A-Za-z0-9_-]+)/.exec(html)?.[1];
    const code = codeIn(html);
    expect(token && code).toBeTruthy();
    const wrong = code === "000000" ? "111111" : "000000";

    const id = cluster.action("acceptInvitationAction");
    const attempt = (i: number, tried: string) =>
      postAction(
        cluster.bases[i % cluster.bases.length]!,
        `/en/invitation/${token}`,
        id,
        formOf({ token: token!, code: tried, password: PASSWORD, confirmation: PASSWORD }),
      ).then(answerOf);
    const answers = [];
    for (let i = 0; i < MAX_FAILED_CODES; i++) answers.push(await attempt(i, wrong));
    answers.push(await attempt(MAX_FAILED_CODES, code!));
    expect(answers).toEqual([
      ...Array.from({ length: MAX_FAILED_CODES - 1 }, () => "wrongCode"),
      "void",
      "void",
    ]);
    const accounts = await cluster.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "Account" WHERE email = $1`,
      [address],
    );
    expect(accounts.rows[0]!.n).toBe(0);
  });
});

describe("email-change codes, across two instances", () => {
  it(`the ${THROTTLE.codeAttempts.limit}th wrong code voids the request; then the right code is refused too`, async () => {
    const { createPatient } = await import("@/lib/demo/factories");
    const { logIn } = await import("../../scripts/bench/harness");
    const old = "mover@faults.test";
    const moved = "moved@faults.test";
    await createPatient(clinicId, { email: old, password: PASSWORD });
    const cookie = await logIn(cluster.bases[0]!, old, PASSWORD);
    const asked = await postAction(
      cluster.bases[0]!,
      "/en/account/email",
      cluster.action("changeEmailAction"),
      formOf({ currentPassword: PASSWORD, email: moved, confirmEmail: moved }),
      cookie,
    );
    expect(answerOf(asked)).toBe("ok");
    // The link goes to the new address, the code to the current one.
    const [link] = await eventually(
      () => to(moved),
      (m) => m.length === 1,
    );
    const [codeMail] = await eventually(
      () => to(old),
      (m) => m.length === 1,
    );
    const token = /\/account\/email\/confirm\/([A-Za-z0-9_-]+)/.exec(link!.html ?? "")?.[1];
    const code = codeIn(codeMail!.html ?? "");
    expect(token && code).toBeTruthy();
    const wrong = code === "000000" ? "111111" : "000000";

    const id = cluster.action("confirmEmailChangeAction");
    const attempt = (i: number, tried: string) =>
      postAction(
        cluster.bases[i % cluster.bases.length]!,
        `/en/account/email/confirm/${token}`,
        id,
        formOf({ token: token!, code: tried }),
        cookie,
      ).then(answerOf);
    const limit = THROTTLE.codeAttempts.limit;
    const answers = [];
    for (let i = 0; i < limit; i++) answers.push(await attempt(i, wrong));
    answers.push(await attempt(limit, code!));
    // A wrong code is a field error ("invalid"), the last one locks the request.
    expect(answers.slice(0, limit)).toEqual([
      ...Array.from({ length: limit - 1 }, () => "invalid"),
      "codeLocked",
    ]);
    expect(answers[limit]).toMatch(/^link_/);
    const account = await cluster.pool.query<{ email: string }>(
      `SELECT email FROM "Account" WHERE email IN ($1, $2)`,
      [old, moved],
    );
    expect(account.rows.map((r) => r.email)).toEqual([old]);
  });
});
