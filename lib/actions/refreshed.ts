import "server-only";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "./result";

/**
 * Re-renders the staff pages after a change that took effect, so lists and
 * statuses are current; a refusal (or `changed: false`) re-renders nothing.
 */
export function refreshed<T>(
  result: ActionResult<T>,
  options: { path?: string; changed?: (data: T | undefined) => boolean } = {},
): ActionResult<T> {
  if (result.ok && (options.changed?.(result.data) ?? true))
    revalidatePath(options.path ?? "/[locale]/admin", "layout");
  return result;
}
