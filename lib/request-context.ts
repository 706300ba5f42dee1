import "server-only";
import { headers } from "next/headers";
import { SELECTED_PROFILE_HEADER } from "@/lib/access/profile-choice";

/**
 * The `?profile=` of the page being rendered. A layout gets no searchParams,
 * yet the portal's layouts that check access need the profile the URL names.
 */
export async function requestedProfileParam(): Promise<string | undefined> {
  const { pathname } = await requestContext();
  if (!pathname) return undefined;
  return new URLSearchParams(pathname.split("?")[1] ?? "").get("profile") ?? undefined;
}

/** What proxy.ts attached to the request: its id, the client's address and agent. */
export async function requestContext() {
  const h = await headers();
  return {
    requestId: h.get("x-request-id") ?? undefined,
    // proxy.ts overwrites x-client-ip from the socket-facing hop, so a client
    // cannot choose it by sending X-Forwarded-For (see lib/security/client-ip.ts).
    ip: h.get("x-client-ip") ?? undefined,
    userAgent: h.get("user-agent")?.slice(0, 300) ?? undefined,
    pathname: h.get("x-pathname") ?? undefined,
    /** The profile the browser asks the tabs to act on: checked by lib/access before use. */
    selectedProfile: h.get(SELECTED_PROFILE_HEADER) ?? null,
  };
}
