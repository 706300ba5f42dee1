import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { loadClinic } from "@/lib/clinic/loaders";

// Every staff page but the first-run setup and My account needs the clinic:
// on an empty database they all send the admin to /admin/setup.
export default async function ClinicRequiredLayout({ children }: { children: ReactNode }) {
  if (!(await loadClinic())) redirect(`/${await getLocale()}/admin/setup`);
  return children;
}
