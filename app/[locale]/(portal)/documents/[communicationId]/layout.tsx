import type { ReactNode } from "react";
import { ThreadGate } from "@/components/communications/access-gates";

export default function Layout({
  params,
  children,
}: {
  params: Promise<{ communicationId: string }>;
  children: ReactNode;
}) {
  return <ThreadGate params={params}>{children}</ThreadGate>;
}
