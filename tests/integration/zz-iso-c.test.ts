import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
it("fresh db per file", async () => {
  expect(await db().clinic.count()).toBe(0);
  await db().clinic.create({ data: { name: "x", phone: "1", email: "a@b.c", addressLine: "a", city: "c", province: "QC", postalCode: "H", timeZone: "America/Toronto" } });
  console.log("PID", process.pid, process.env.PGLITE_DIR, process.env.DATABASE_URL);
});
