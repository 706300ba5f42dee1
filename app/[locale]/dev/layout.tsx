import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { getSessionAccount } from "@/lib/auth/gate";
import { loadClinic } from "@/lib/clinic/loaders";

export default async function DevLayout({ children }: { children: ReactNode }) {
  const [clinic, account] = await Promise.all([loadClinic(), getSessionAccount()]);
  return (
    <AppShell clinic={clinic} signedIn={!!account} homeHref="/">
      {children}
    </AppShell>
  );
}
