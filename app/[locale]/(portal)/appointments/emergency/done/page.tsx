import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BookingDone } from "@/components/appointments/booking-done";
import { loadProfileAppointment } from "@/lib/appointments/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking");
  return { title: t("doneTitle") };
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ profile?: string; appointment?: string }>;
}) {
  const { profile, appointment } = await searchParams;
  const booked = await loadProfileAppointment(
    typeof profile === "string" ? profile : undefined,
    typeof appointment === "string" ? appointment : undefined,
  );
  return <BookingDone booked={booked} />;
}
