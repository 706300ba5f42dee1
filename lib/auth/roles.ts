// The one rule for who may do staff work, shared by the session gate (pages,
// actions) and the staff use cases that check their acting account themselves.
import type { Role } from "@/lib/db/enums";

/** Staff work: staff and admins; with `admin`, admins only. */
export function hasStaffRole(role: Role, options?: { admin?: boolean }): boolean {
  return options?.admin ? role === "admin" : role === "staff" || role === "admin";
}
