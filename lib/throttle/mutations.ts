import "server-only";
// Fixed-window counters in the database, so limits hold across app instances:
// login failures per account (AU-7), emails per address (AU-8), and the like.
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";

export type ThrottleRule = {
  /** How many events the window allows. */
  limit: number;
  windowSeconds: number;
  /** Once over the limit, blocked for this long (defaults to the rest of the window). */
  blockSeconds?: number;
};

/**
 * Counts one event for `key` atomically (one statement: safe with concurrent
 * requests on several instances) and reports whether it went over the limit.
 */
export async function hitThrottle(
  key: string,
  rule: ThrottleRule,
): Promise<{ blocked: boolean; count: number }> {
  const at = now();
  const windowStartFloor = new Date(at.getTime() - rule.windowSeconds * 1000);
  const blockUntil = new Date(at.getTime() + (rule.blockSeconds ?? rule.windowSeconds) * 1000);
  const rows = await db().$queryRaw<{ count: number; blockedUntil: Date | null }[]>`
    INSERT INTO "ThrottleBucket" ("key", "count", "windowStart", "updatedAt")
    VALUES (${key}, 1, ${at}, ${at})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "ThrottleBucket"."windowStart" < ${windowStartFloor} THEN 1 ELSE "ThrottleBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "ThrottleBucket"."windowStart" < ${windowStartFloor} THEN ${at} ELSE "ThrottleBucket"."windowStart" END,
      "updatedAt" = ${at}
    RETURNING "count", "blockedUntil"`;
  const count = Number(rows[0]?.count ?? 1);
  if (count > rule.limit) {
    await db().throttleBucket.update({ where: { key }, data: { blockedUntil: blockUntil } });
    return { blocked: true, count };
  }
  return { blocked: false, count };
}

/** Forgets a key (e.g. a successful login clears the failure count). */
export async function clearThrottle(key: string): Promise<void> {
  await db().throttleBucket.deleteMany({ where: { key } });
}
