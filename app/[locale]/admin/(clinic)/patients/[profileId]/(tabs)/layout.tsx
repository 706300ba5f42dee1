import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/shell/back-link";
import { TabNav } from "@/components/shell/tab-nav";
import { loadPatientHeading } from "@/lib/admin/loaders";

// The access check lives here, outside the tabs' loading boundaries: a layout's
// notFound() still sets the 404 status, a page's under loading.tsx would not.
export default async function PatientRecordLayout({
  params,
  children,
}: {
  params: Promise<{ profileId: string }>;
  children: ReactNode;
}) {
  const { profileId } = await params;
  const [patient, t, tp] = await Promise.all([
    loadPatientHeading(profileId),
    getTranslations("adminPatientTabs"),
    getTranslations("adminPatients"),
  ]);
  const base = `/admin/patients/${patient.id}`;
  const tabs = [
    { href: base, label: t("tabs.details"), exact: true },
    { href: `${base}/profiles`, label: t("tabs.profiles") },
    { href: `${base}/appointments`, label: t("tabs.appointments") },
    { href: `${base}/communications`, label: t("tabs.communications") },
    // Opening the Audit tab is itself recorded: a prefetch is not a visit.
    ...(patient.isAdmin
      ? [{ href: `${base}/audit`, label: t("tabs.audit"), prefetch: false }]
      : []),
  ];
  return (
    <div className="space-y-6">
      <BackLink href="/admin/patients">{tp("back")}</BackLink>
      <h1 className="text-2xl font-semibold break-words">{patient.name}</h1>
      <TabNav items={tabs} label={t("nav")} />
      {children}
    </div>
  );
}
