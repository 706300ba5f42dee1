import "server-only";
import { log } from "@/lib/log";
import { pingDatabase } from "./data";

export async function checkDatabase(): Promise<boolean> {
  try {
    await pingDatabase();
    return true;
  } catch (error) {
    log.error("health check: database unreachable", { error });
    return false;
  }
}
