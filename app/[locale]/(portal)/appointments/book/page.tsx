import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BookingStep } from "@/components/appointments/booking-step";
import { loadBookingState } from "@/lib/booking/loaders";
import { loadClinic } from "@/lib/clinic/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking");
  return { title: t("title") };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [state, clinic] = await Promise.all([
    searchParams.then((q) => loadBookingState("regular", q)),
    loadClinic(),
  ]);
  return <BookingStep state={state} clinicPhone={clinic?.phone ?? ""} />;
}
