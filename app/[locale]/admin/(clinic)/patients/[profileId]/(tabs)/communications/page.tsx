import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProfileCommunications } from "@/components/communications-admin/profile-communications";
import { FormAlert } from "@/components/forms/form-alert";
import { loadPatientView } from "@/lib/admin/loaders";
import { loadClinicTimeZone, requireClinic } from "@/lib/clinic/loaders";
import { loadProfileCommunications } from "@/lib/communications/loaders";
import { patientTabTitle } from "../tab-title";

type Props = {
  params: Promise<{ profileId: string }>;
  searchParams: Promise<{ sent?: string; billed?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return patientTabTitle((await params).profileId, "communications");
}

export default async function PatientCommunicationsPage({ params, searchParams }: Props) {
  const [{ profileId }, { sent, billed }] = await Promise.all([params, searchParams]);
  const id = await loadPatientView(profileId);
  const [rows, timeZone, clinic, tCom, tBills] = await Promise.all([
    loadProfileCommunications(id),
    loadClinicTimeZone(),
    requireClinic(),
    getTranslations("adminCommunications"),
    getTranslations("adminBills"),
  ]);
  return (
    <div className="space-y-6">
      {sent === "1" && <FormAlert tone="success">{tCom("sent")}</FormAlert>}
      {billed === "1" && <FormAlert tone="success">{tBills("entered")}</FormAlert>}
      <ProfileCommunications
        profileId={id}
        rows={rows}
        timeZone={timeZone}
        billsEnabled={clinic.billsEnabled}
      />
    </div>
  );
}
