import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InlineAction } from "@/components/admin/inline-action";
import {
  inlineActionMessages,
  threadReplyFormMessages,
  withdrawFormMessages,
} from "@/components/admin/messages";
import { ThreadReplyForm } from "@/components/admin/thread-reply-form";
import { WithdrawForm } from "@/components/admin/withdraw-form";
import { ThreadStatusBadge } from "@/components/appointments/status-badge";
import { BillStatusActions } from "@/components/bills-admin/bill-status-actions";
import { billStatusActionsMessages } from "@/components/bills-admin/messages";
import { BillDetails } from "@/components/communications/bill-details";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/shell/back-link";
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
import { Section } from "@/components/shell/section";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import type { StaffThread } from "@/lib/communications/data";
import { MAX_CLINIC_TEXT } from "@/lib/communications/schema";
import { closeThreadAction, reopenThreadAction } from "@/lib/communications/staff-actions";
import { loadStaffThread } from "@/lib/communications/staff-loaders";
import { formatInstant } from "@/lib/time/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminInbox");
  return { title: t("title") };
}

type Author = StaffThread["entries"][number]["authorAccount"];
const nameOf = (a: Author) =>
  a ? (a.profile ? `${a.profile.firstName} ${a.profile.lastName}` : a.email) : null;

export default async function StaffThreadPage({
  params,
}: {
  params: Promise<{ communicationId: string }>;
}) {
  const { thread } = await loadStaffThread((await params).communicationId);
  const [t, tc, tb, locale, timeZone] = await Promise.all([
    getTranslations("adminInbox"),
    getTranslations("communications"),
    getTranslations("adminBills"),
    getLocale(),
    loadClinicTimeZone(),
  ]);
  const when = (d: Date) => formatInstant(d, locale, timeZone, "shortDateTime");
  const patient = `${thread.profile.firstName} ${thread.profile.lastName}`;
  const active = !thread.withdrawnAt;
  const ids = { communicationId: thread.id };
  return (
    <ClientMessages
      namespaces={[
        ...inlineActionMessages,
        ...threadReplyFormMessages,
        ...withdrawFormMessages,
        ...billStatusActionsMessages,
      ]}
    >
      <div className="space-y-8">
        <BackLink href="/admin/inbox">{t("back")}</BackLink>
        <h1 className="text-2xl font-semibold break-words">{thread.subject}</h1>
        {thread.withdrawnAt && (
          <p role="status" className="rounded-md border border-red-300 bg-red-50 p-3">
            {t("withdrawnNotice", {
              date: when(thread.withdrawnAt),
              name: nameOf(thread.withdrawnBy) ?? "—",
            })}
          </p>
        )}
        <Section heading={t("about")} className="space-y-3">
          <Card padding="compact">
            <DetailList
              layout="stacked"
              items={[
                { term: t("fields.patient"), detail: patient },
                { term: t("fields.kind"), detail: tc(`kinds.${thread.kind}`) },
                { term: t("fields.origin"), detail: t(`origins.${thread.origin}`) },
                { term: t("fields.replyRule"), detail: t(`replyRules.${thread.replyRule}`) },
                {
                  term: t("fields.status"),
                  detail: <ThreadStatusBadge status={thread.status} />,
                },
              ]}
            />
          </Card>
        </Section>
        {thread.bill && (
          <Card
            heading={tc("bill.title", { number: thread.bill.number })}
            headingSize="lg"
            className="space-y-4"
          >
            <BillDetails bill={thread.bill} locale={locale} />
            <a
              href={`/api/bills/${encodeURIComponent(thread.bill.id)}`}
              target="_blank"
              rel="noopener"
              className="inline-block font-semibold text-brand-800 underline"
            >
              {tb("pdf")}
            </a>
            {active && thread.bill.status === "unpaid" && (
              <BillStatusActions billId={thread.bill.id} number={thread.bill.number} />
            )}
          </Card>
        )}
        {thread.attachments.length > 0 && (
          <Card heading={tc("attachments.title")} headingSize="lg">
            <ul className="space-y-1">
              {thread.attachments.map((a) => (
                <li key={a.id} className="break-all">
                  {a.fileName}
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Section heading={t("entries")} className="space-y-3">
          <ol className="space-y-3">
            {thread.entries.map((e) => (
              <Card
                as="li"
                key={e.id}
                padding="compact"
                className={e.author === "patient" ? "border-l-4 border-l-brand-700" : ""}
              >
                <p className="font-semibold">
                  {e.author === "clinic"
                    ? (nameOf(e.authorAccount) ?? t("clinicAuthor"))
                    : (nameOf(e.authorAccount) ?? t("patientAuthor"))}
                </p>
                <p className="text-sm text-muted">{when(e.createdAt)}</p>
                <p className="mt-2 break-words whitespace-pre-line">{e.body}</p>
              </Card>
            ))}
          </ol>
        </Section>
        {active && (
          <Section heading={t("replyTitle")} className="space-y-3">
            <Card className="max-w-2xl">
              {thread.status === "closed" ? (
                <p>{t("closedNotice")}</p>
              ) : (
                <ThreadReplyForm communicationId={thread.id} max={MAX_CLINIC_TEXT} />
              )}
            </Card>
          </Section>
        )}
        {active && (
          <Section heading={t("manage")} className="space-y-3">
            <Card padding="compact" className="space-y-4">
              {thread.status === "closed" ? (
                <InlineAction
                  action={reopenThreadAction}
                  fields={ids}
                  label={t("reopen")}
                  success={t("reopened")}
                  namespace="adminInbox"
                />
              ) : (
                <InlineAction
                  action={closeThreadAction}
                  fields={ids}
                  label={t("close")}
                  success={t("closed")}
                  namespace="adminInbox"
                />
              )}
              <WithdrawForm communicationId={thread.id} subject={thread.subject} />
            </Card>
          </Section>
        )}
      </div>
    </ClientMessages>
  );
}
