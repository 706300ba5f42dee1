import type { ReactNode } from "react";
import { BoxGate } from "@/components/communications/access-gates";

export default function Layout({ children }: { children: ReactNode }) {
  return <BoxGate box="inbox">{children}</BoxGate>;
}
