import type { Metadata } from "next";
import { ProfileAccessSection } from "@/components/profile-access-admin/profile-access-section";
import { loadPatientView } from "@/lib/admin/loaders";
import { patientTabTitle } from "../tab-title";

type Props = { params: Promise<{ profileId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return patientTabTitle((await params).profileId, "profiles");
}

export default async function PatientProfilesPage({ params }: Props) {
  const id = await loadPatientView((await params).profileId);
  return <ProfileAccessSection profileId={id} />;
}
