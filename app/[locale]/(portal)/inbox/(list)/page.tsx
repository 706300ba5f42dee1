import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BoxPage, type BoxSearchParams } from "@/components/communications/box-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("communications.boxes");
  return { title: t("inbox") };
}

export default function Page({ searchParams }: { searchParams: BoxSearchParams }) {
  return <BoxPage box="inbox" searchParams={searchParams} />;
}
