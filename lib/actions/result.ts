// What a server action and a use case answer. Expected failures travel as codes
// (each domain names its own union, e.g. ActionResult<void, "wrongCode" | "used">)
// that the form translates (components/forms/use-error-text.ts); values never
// come back (the form keeps what the user typed). Unexpected failures throw.
export type ActionResult<T = undefined, C extends string = string> =
  { ok: true; data: T } | { ok: false; code: C; fields?: Record<string, string> };

export type ActionState<T = undefined> = ActionResult<T> | null;

export function ok(): ActionResult<undefined, never>;
export function ok<T>(data: T): ActionResult<T, never>;
export function ok<T>(data?: T): ActionResult<T | undefined, never> {
  return { ok: true, data };
}

export const fail = <C extends string>(
  code: C,
  fields?: Record<string, string>,
): ActionResult<never, C> => ({ ok: false, code, fields });
