import "server-only";
import { db } from "@/lib/db/client";
import { now } from "@/lib/clock";

/** Whether `key` is blocked right now, without counting anything. */
export async function isThrottled(
  key: string,
): Promise<{ blocked: boolean; retryAfterSeconds: number }> {
  const bucket = await db().throttleBucket.findUnique({
    where: { key },
    select: { blockedUntil: true },
  });
  const until = bucket?.blockedUntil?.getTime() ?? 0;
  const remaining = Math.ceil((until - now().getTime()) / 1000);
  return { blocked: remaining > 0, retryAfterSeconds: Math.max(0, remaining) };
}
