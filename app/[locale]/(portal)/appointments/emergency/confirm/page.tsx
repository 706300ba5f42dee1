import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BookingConfirmation } from "@/components/appointments/booking-confirmation";
import { loadBookingConfirmation } from "@/lib/booking/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking");
  return { title: t("confirmTitle") };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const confirmation = await loadBookingConfirmation("emergency", await searchParams);
  return <BookingConfirmation confirmation={confirmation} />;
}
