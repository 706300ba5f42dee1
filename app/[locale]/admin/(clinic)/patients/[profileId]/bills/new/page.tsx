import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BillForm } from "@/components/bills-admin/bill-form";
import { billFormMessages } from "@/components/bills-admin/messages";
import { ClientMessages } from "@/components/i18n/client-messages";
import { FormPage } from "@/components/shell/form-page";
import { loadNewBill } from "@/lib/bills/loaders";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { todayIn } from "@/lib/clock";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminBills");
  return { title: t("newBill") };
}

export default async function NewBillPage({ params }: { params: Promise<{ profileId: string }> }) {
  const { profileId } = await params;
  const [bill, t, timeZone] = await Promise.all([
    loadNewBill(profileId),
    getTranslations("adminBills"),
    loadClinicTimeZone(),
  ]);
  return (
    <FormPage
      back={{ href: `/admin/patients/${bill.profileId}/communications`, label: t("back") }}
      title={t("newBillTitle", { name: bill.name })}
      intro={t("newBillIntro")}
    >
      <ClientMessages namespaces={billFormMessages}>
        <BillForm
          profileId={bill.profileId}
          taxes={bill.taxes}
          defaultReplyRule={bill.defaultReplyRule}
          today={todayIn(timeZone)}
        />
      </ClientMessages>
    </FormPage>
  );
}
