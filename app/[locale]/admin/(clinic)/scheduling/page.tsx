import type { Metadata } from "next";
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
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <div className="rounded-lg border border-gray-200 bg-white p-4 sm:p-6">
        <ClientMessages namespaces={schedulingSettingsFormMessages}>
          <SchedulingSettingsForm values={values} />
        </ClientMessages>
      </div>
    </div>
  );
}
