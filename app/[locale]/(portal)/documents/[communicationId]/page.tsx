import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ThreadPage, type ThreadParams } from "@/components/communications/thread-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("communications.boxes");
  return { title: t("documents") };
}

export default function Page({ params }: { params: ThreadParams }) {
  return <ThreadPage box="documents" params={params} />;
}
