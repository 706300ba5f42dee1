import type { ReactNode } from "react";
import { ReasonProvider } from "@/components/appointments/reason-context";

export default function AppointmentsLayout({ children }: { children: ReactNode }) {
  return <ReasonProvider>{children}</ReasonProvider>;
}
