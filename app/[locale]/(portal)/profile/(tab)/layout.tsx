import type { ReactNode } from "react";
import { requireProfileTab } from "@/lib/portal/loaders";
import { requestedProfileParam } from "@/lib/request-context";

// The tab's access check, above its loading boundary so that a refusal keeps
// its 404 status; the page checks again (cached).
export default async function Layout({ children }: { children: ReactNode }) {
  await requireProfileTab(await requestedProfileParam());
  return children;
}
