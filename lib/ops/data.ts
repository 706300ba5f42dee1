import "server-only";
import { db } from "@/lib/db/client";

/** One round trip to the database; throws when it cannot be reached. */
export async function pingDatabase(): Promise<void> {
  await db().$queryRaw`SELECT 1`;
}
