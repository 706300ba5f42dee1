// The limits on public endpoints live in the database (ThrottleBucket), so
// they hold however requests are spread over instances: an address asking
// again and again, alternately on two instances, gets at most
// THROTTLE.linkEmailsPerAddress emails an hour, whether it registers, asks for
// a password reset or for a new activation link. Past the limit the answer is
// a translated "try again later" (emailLimit), the same for an address with an
// account and one without (AU-5, AU-6, AU-8): the limit reveals nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THROTTLE } from "@/lib/throttle/rules";
import { postAction } from "../../scripts/bench/harness";
import { type Cluster, eventually, formOf, startCluster } from "./cluster";
import { answerOf } from "./load";

const LIMIT = THROTTLE.linkEmailsPerAddress.limit;
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster(2);
  const { createClinic, createPatient } = await import("@/lib/demo/factories");
  const clinic = await createClinic();
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
