import type { ReactNode } from "react";
import { requireStaff } from "@/lib/auth/gate";

// Admins only, checked above the tab's loading boundary so that others get a
// real 404 status rather than a skeleton followed by "not found".
export default async function AuditTabLayout({ children }: { children: ReactNode }) {
  await requireStaff({ admin: true });
  return children;
}
