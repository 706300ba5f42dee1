import type { Metadata } from "next";
import { FormPage } from "@/components/shell/form-page";
import { getTranslations } from "next-intl/server";
import { SchedulingSettingsForm } from "@/components/schedule/scheduling-settings-form";
import { loadSchedulingSettings } from "@/lib/appointment-book/loaders";
import { requireStaff } from "@/lib/auth/gate";
import { ClientMessages } from "@/components/i18n/client-messages";
import { schedulingSettingsFormMessages } from "@/components/schedule/messages";

export async function generateMetadata(): Promise<Metadata> {
  // Checked here too: metadata resolves before the page streams, so a refusal answers a real 404.
  await requireStaff({ admin: true });
  const t = await getTranslations("adminScheduling");
  return { title: t("title") };
}

export default async function SchedulingSettingsPage() {
  const settings = await loadSchedulingSettings();
  const values = {
    confirmationWindowHours: settings.confirmationWindowHours,
    cancellationCutoffHours: settings.cancellationCutoffHours,
    minBookingNoticeHours: settings.minBookingNoticeHours,
    maxBookingHorizonDays: settings.maxBookingHorizonDays,
    reminderLeadHours: settings.reminderLeadHours,
    emergencyBookingEnabled: settings.emergencyBookingEnabled,
  };
  const t = await getTranslations("adminScheduling");
  return (
    <FormPage title={t("title")} intro={t("intro")}>
      <ClientMessages namespaces={schedulingSettingsFormMessages}>
        <SchedulingSettingsForm values={values} />
      </ClientMessages>
    </FormPage>
  );
}
