// What a server action answers. Expected failures travel as codes that the form
// translates; values never come back (the form keeps what the user typed).
export type ActionResult<T = undefined> =
  { ok: true; data?: T } | { ok: false; code: string; fields?: Record<string, string> };

export type ActionState<T = undefined> = ActionResult<T> | null;

export const ok = <T>(data?: T): ActionResult<T> => ({ ok: true, data });
export const fail = (code: string, fields?: Record<string, string>): ActionResult<never> => ({
  ok: false,
  code,
  fields,
});
