import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadPatientHeading } from "@/lib/admin/loaders";

export type PatientTab = "details" | "profiles" | "appointments" | "communications" | "audit";

/** A tab's document title: the patient and the tab, so that browser tabs and history tell them apart. */
export async function patientTabTitle(profileId: string, tab: PatientTab): Promise<Metadata> {
  const [patient, t] = await Promise.all([
    loadPatientHeading(profileId),
    getTranslations("adminPatientTabs"),
  ]);
  return { title: t("pageTitle", { name: patient.name, tab: t(`tabs.${tab}`) }) };
}
