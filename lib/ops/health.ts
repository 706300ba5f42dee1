import "server-only";
import { db } from "@/lib/db/client";
import { log } from "@/lib/log";

export async function checkDatabase(): Promise<boolean> {
  try {
    await db().$queryRaw`SELECT 1`;
    return true;
  } catch (error) {
    log.error("health check: database unreachable", { error });
    return false;
  }
}
