import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * Mutations refuse cross-site requests (SECURITY.md CS-1..3): an Origin that is
 * neither this host nor APP_URL (a `null` Origin included), or, without an
 * Origin, a browser saying Sec-Fetch-Site: cross-site. Next also checks server
 * actions' Origin; this covers route handlers and makes the rule ours and tested.
 */
export function isSameOrigin(h: Pick<Headers, "get">, appUrl: string): boolean {
  const origin = h.get("origin");
  if (origin === null) return h.get("sec-fetch-site") !== "cross-site";
  if (origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const ownHost = h.get("x-forwarded-host") ?? h.get("host");
  return host === ownHost || host === new URL(appUrl).host;
}

export async function isSameOriginRequest(): Promise<boolean> {
  return isSameOrigin(await headers(), env().APP_URL);
}
