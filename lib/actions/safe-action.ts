import "server-only";
// The one wrapper of every server action: refuses cross-site requests, parses
// the form with its zod schema (unknown fields are dropped — AC-7), checks the
// session for account/staff actions, and turns unexpected errors into a code
// (logged with the request id), so no stack trace reaches a browser and the
// form keeps what the user typed.
import { z } from "zod";
import { requireAccount, requireStaff, type SessionAccount } from "@/lib/auth/gate";
import { log } from "@/lib/log";
import { requestContext } from "@/lib/request-context";
import { isSameOriginRequest } from "@/lib/security/same-origin";
import { fail, type ActionResult, type ActionState } from "./result";

export type ActionContext = Awaited<ReturnType<typeof requestContext>>;
type Handler<S extends z.ZodType, R, A> = (
  input: z.output<S>,
  ctx: ActionContext & A,
) => Promise<ActionResult<R>>;

function formToObject(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const existing = out[key];
    out[key] =
      existing === undefined
        ? value
        : Array.isArray(existing)
          ? [...existing, value]
          : [existing, value];
  }
  return out;
}

/** zod issues → { field: code }. Schemas use codes as messages (e.g. "passwordPolicy"). */
export function fieldCodes(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (fields[field]) continue;
    if (/^[a-z][a-zA-Z]+$/.test(issue.message)) fields[field] = issue.message;
    else if (issue.code === "too_small" && issue.minimum === 1) fields[field] = "required";
    else if (issue.code === "invalid_type" && issue.input === undefined) fields[field] = "required";
    else if (issue.code === "invalid_format" && issue.format === "email") fields[field] = "email";
    else fields[field] = "invalid";
  }
  return fields;
}

function wrap<S extends z.ZodType, R, A>(
  schema: S,
  authorize: () => Promise<A>,
  handler: Handler<S, R, A>,
) {
  return async (_prev: ActionState<R>, form: FormData): Promise<ActionResult<R>> => {
    const ctx = await requestContext();
    if (!(await isSameOriginRequest())) return fail("forbidden");
    const extra = await authorize();
    const parsed = schema.safeParse(formToObject(form));
    if (!parsed.success) return fail("invalid", fieldCodes(parsed.error));
    try {
      return await handler(parsed.data, { ...ctx, ...extra });
    } catch (error) {
      // Next's redirect()/notFound() are thrown on purpose: let them through.
      if (
        error &&
        typeof error === "object" &&
        "digest" in error &&
        String(error.digest).startsWith("NEXT_")
      )
        throw error;
      log.error("action failed", { requestId: ctx.requestId, path: ctx.pathname, error });
      return fail("unexpected");
    }
  };
}

/** Anyone may call it (login-less flows: register, forgot password…). */
export function publicAction<S extends z.ZodType, R = undefined>(
  schema: S,
  handler: Handler<S, R, object>,
) {
  return wrap(schema, async () => ({}), handler);
}

/** A signed-in account; its identity comes from the session only (AC-2). */
export function accountAction<S extends z.ZodType, R = undefined>(
  schema: S,
  handler: Handler<S, R, { account: SessionAccount }>,
) {
  return wrap(schema, async () => ({ account: await requireAccount() }), handler);
}

/** Clinic staff (or admins only, with `{ admin: true }`); patients get a 404 (AC-6). */
export function staffAction<S extends z.ZodType, R = undefined>(
  schema: S,
  handler: Handler<S, R, { account: SessionAccount }>,
  options?: { admin?: boolean },
) {
  return wrap(schema, async () => ({ account: await requireStaff(options) }), handler);
}
