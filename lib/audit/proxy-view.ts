import "server-only";
import type { SessionAccount } from "@/lib/auth/gate";
import { requestContext } from "@/lib/request-context";
import { recordAudit } from "./mutations";

/**
 * Another account (a proxy, not the profile's own) opened a list of the
 * profile's data: recorded so the patient's "Who saw my record" lists it. The
 * links to such pages are not prefetched, so a row is a visit someone made.
 */
export async function recordProxyView(
  account: SessionAccount,
  profileId: string,
  resourceType: "appointments" | "box",
  resourceId?: string,
) {
  const { ip, userAgent, requestId } = await requestContext();
  await recordAudit({
    actorAccountId: account.id,
    actorRole: account.role,
    subjectProfileId: profileId,
    resourceType,
    resourceId,
    action: "view",
    ip,
    userAgent,
    requestId,
  });
}
