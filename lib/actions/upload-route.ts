import "server-only";
// The one way a form that sends files reaches the server. Server actions take
// 1 MiB, so such a form posts to a route handler (proxy.ts lets only those
// paths send more: lib/actions/body-limit.ts), which does what the action
// wrapper does — same-origin check, session gate, the body limit, then the
// form — and answers JSON shaped like ActionResult, so the form treats both alike.
import type { SessionAccount } from "@/lib/auth/gate";
import { getSessionAccount } from "@/lib/auth/gate";
import { requestContext } from "@/lib/request-context";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { fail, type ActionResult } from "./result";
import type { ActionContext } from "./safe-action";

export function answer(result: ActionResult<unknown>, status: number): Response {
  return Response.json(result, { status, headers: { "Cache-Control": "no-store" } });
}

export type Upload<T> = {
  ctx: ActionContext;
  account: SessionAccount;
  /** What `authorize` proved (e.g. the clinic and the profile). */
  authorized: T;
  form: FormData;
};

/**
 * The upload's form, or the refusal to answer. `authorize` runs before the
 * body is read (a refusal answers without taking the request's megabytes) and
 * returns either a refusal or what it proved.
 */
export async function readUpload<T = null>(
  request: Request,
  limit: number,
  authorize: (account: SessionAccount) => Promise<T | Response> = async () => null as T,
): Promise<Upload<T> | Response> {
  const ctx = await requestContext();
  if (!(await isSameOriginRequest())) return answer(fail("forbidden"), 403);
  const account = await getSessionAccount();
  if (!account) return answer(fail("unauthenticated"), 401);
  const authorized = await authorize(account);
  if (authorized instanceof Response) return authorized;
  if (Number(request.headers.get("content-length") ?? 0) > limit)
    return answer(fail("tooLarge"), 413);
  try {
    return { ctx, account, authorized, form: await request.formData() };
  } catch {
    return answer(fail("invalid"), 400);
  }
}
