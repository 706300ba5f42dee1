import type { ReactNode } from "react";
import { requireBox, requireThread } from "@/lib/communications/loaders";
import type { Box } from "@/lib/communications/rules";
import { requestedProfileParam } from "@/lib/request-context";

// The layouts of the boxes and threads render these: a layout's notFound()
// still sets the 404 status, whereas a page's, under loading.tsx, would come
// after the skeleton went out with a 200. The pages check again (cached).

/** A box's layout: its access check, for the profile the URL names (default: the selected one). */
export async function BoxGate({ box, children }: { box: Box; children: ReactNode }) {
  await requireBox(box, await requestedProfileParam());
  return children;
}

/** A thread's layout: its access check. */
export async function ThreadGate({
  params,
  children,
}: {
  params: Promise<{ communicationId: string }>;
  children: ReactNode;
}) {
  await requireThread((await params).communicationId);
  return children;
}
