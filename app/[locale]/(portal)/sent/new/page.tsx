import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { startMessageFormMessages } from "@/components/communications/messages";
import { StartMessageForm } from "@/components/communications/start-message-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/shell/card";
import { loadStartMessage } from "@/lib/communications/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("communications.start");
  return { title: t("title") };
}

export default async function NewMessagePage({
  searchParams,
}: {
  searchParams: Promise<{ profile?: string | string[] }>;
}) {
  const { profile } = await searchParams;
  const data = await loadStartMessage(typeof profile === "string" ? profile : undefined);
  const t = await getTranslations("communications.start");
  const sent = data.profile.own ? "/sent" : `/sent?profile=${encodeURIComponent(data.profile.id)}`;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <Card>
        <ClientMessages namespaces={startMessageFormMessages}>
          <StartMessageForm
            profileId={data.profile.id}
            disclaimer={data.disclaimer}
            cancelHref={sent}
          />
        </ClientMessages>
      </Card>
    </div>
  );
}
