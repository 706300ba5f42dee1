// The plans of the heaviest statements at the clinic's realistic size
// (npm run bench:pages prints each page's heaviest one): the SQL Prisma really
// sends, captured from its query events, explained by PostgreSQL after the
// bench's bulk seed (20,000 profiles, a year of appointments, 200,000
// communications) and ANALYZE. Each must read its rows from an index, not
// scan or sort the table.
//   - the admin navigation's counter of threads unread by staff, on every
//     admin page (8.6 ms a call before its partial index);
//   - the patient list's first page in name order (8.9 ms, a sort of every
//     profile, before its index).
// Only on PostgreSQL: plans depend on its statistics and planner.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { countPatients, listPatientRows } from "@/lib/admin/data";
import { countStaffUnread } from "@/lib/communications/data";
import { PrismaClient } from "@/lib/db/generated/client";
import {
  BENCH_CLINIC,
  seedClinicAtScale,
  seedPortalUse,
} from "../../../scripts/bench/clinic-at-scale";
import { describeOnPostgres } from "../harness";

type Plan = {
  "Node Type": string;
  "Index Name"?: string;
  "Relation Name"?: string;
  Plans?: Plan[];
};
const nodes = (plan: Plan): Plan[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

describeOnPostgres("the plans of the heaviest statements at the realistic size", () => {
  let pool: pg.Pool;
  let prisma: PrismaClient<"query">;
  const sent: { query: string; params: string }[] = [];

  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    await seedClinicAtScale(pool, { profiles: 20_000 });
    await seedPortalUse(pool, {
      profiles: 20_000,
      communications: 200_000,
      passwordHash: "not-a-login",
    });
    prisma = new PrismaClient({
      adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
      log: [{ emit: "event", level: "query" }] as const,
    }) as PrismaClient<"query">;
    prisma.$on("query", (event) => sent.push({ query: event.query, params: event.params }));
  }, 240_000);

  afterAll(async () => {
    await prisma?.$disconnect();
    await pool?.end();
  });

  /** The plan of the statement `run` sends to read `table`, with the parameters it sent. */
  async function planOf(table: string, run: () => Promise<unknown>) {
    sent.length = 0;
    await run();
    const reads = sent.filter((s) => s.query.includes(`FROM "public"."${table}"`));
    expect(reads).toHaveLength(1);
    const { query, params } = reads[0]!;
    const { rows } = await pool.query<{ "QUERY PLAN": [{ Plan: Plan }] }>(
      `EXPLAIN (FORMAT JSON) ${query}`,
      JSON.parse(params) as unknown[],
    );
    return nodes(rows[0]!["QUERY PLAN"][0].Plan);
  }

  it("the counter of threads unread by staff reads the partial index of unread threads", async () => {
    const plan = await planOf("Communication", () => countStaffUnread(BENCH_CLINIC, prisma));
    expect(plan.map((n) => n["Index Name"])).toContain("Communication_staff_unread_idx");
    expect(plan.filter((n) => n["Node Type"] === "Seq Scan")).toEqual([]);
    // And it counts what it should: replied threads staff have not opened since.
    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Communication" WHERE "clinicId" = $1 AND "withdrawnAt" IS NULL
       AND "patientActivityAt" IS NOT NULL AND ("staffReadAt" IS NULL OR "staffReadAt" < "patientActivityAt")`,
      [BENCH_CLINIC],
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    expect(await countStaffUnread(BENCH_CLINIC, prisma)).toBe(Number(rows[0]!.n));
  });

  it("the patient list's first page comes in name order from the index, without sorting every profile", async () => {
    const plan = await planOf("PatientProfile", () =>
      listPatientRows("", 1, 25, undefined, prisma),
    );
    expect(plan.map((n) => n["Index Name"])).toContain("PatientProfile_lastName_firstName_id_idx");
    expect(
      plan.filter(
        (n) =>
          n["Node Type"] === "Sort" ||
          (n["Node Type"] === "Seq Scan" && n["Relation Name"] === "PatientProfile"),
      ),
    ).toEqual([]);
    expect(await countPatients("", undefined, prisma)).toBe(20_000);
  });
});
