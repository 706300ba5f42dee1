import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { BackLink } from "@/components/shell/back-link";
import { Card } from "@/components/shell/card";
import { Section } from "@/components/shell/section";
import { loadThread } from "@/lib/communications/loaders";
import type { Box } from "@/lib/communications/rules";
import { formatInstant } from "@/lib/time/format";
import { BillDetails } from "./bill-details";
import { replyFormMessages } from "./messages";
import { ReplyForm } from "./reply-form";

export type ThreadParams = Promise<{ communicationId: string }>;

const fileLink = "inline-flex min-h-11 items-center font-medium text-brand-800 underline";

/**
 * One thread: the original at the top, then the replies in order, each with
 * its author and time in the clinic's zone; attachments open in a new tab or
 * download; the reply form where the clinic allows one.
 */
export async function ThreadPage({ box, params }: { box: Box; params: ThreadParams }) {
  const { communicationId } = await params;
  const data = await loadThread(communicationId);
  const { thread, profile } = data;
  const [t, locale] = await Promise.all([getTranslations("communications"), getLocale()]);
  const back = profile.own ? `/${box}` : `/${box}?profile=${encodeURIComponent(profile.id)}`;
  const when = (d: Date) => formatInstant(d, locale, data.timeZone, "dateTime");
  const author = (entry: (typeof thread.entries)[number]) => {
    if (entry.author === "clinic") return data.clinicName;
    if (entry.authorAccount?.id === data.accountId) return t("thread.you");
    const p = entry.authorAccount?.profile;
    return p ? `${p.firstName} ${p.lastName}` : (entry.authorAccount?.email ?? "");
  };
  return (
    <div className="space-y-6">
      <BackLink href={back} prefetch={profile.own ? undefined : false}>
        {t(`back.${box}`)}
      </BackLink>
      <div>
        <h1 className="text-2xl font-semibold break-words">{thread.subject}</h1>
        <p className="text-muted">
          {t(`kinds.${thread.kind}`)}
          {!profile.own && ` · ${profile.firstName} ${profile.lastName}`}
        </p>
      </div>
      {thread.bill && (
        <Card heading={t("bill.title", { number: thread.bill.number })} headingSize="lg">
          <BillDetails bill={thread.bill} locale={locale} />
          <p className="mt-3 flex flex-wrap gap-x-6">
            <a
              href={`/api/bills/${thread.bill.id}`}
              target="_blank"
              rel="noopener"
              className={fileLink}
            >
              {t("bill.open")}
              <span className="sr-only"> {t("attachments.opensInNewTab")}</span>
            </a>
            <a href={`/api/bills/${thread.bill.id}?download=1`} download className={fileLink}>
              {t("bill.download")}
            </a>
          </p>
        </Card>
      )}
      {thread.attachments.length > 0 && (
        <Card heading={t("attachments.title")} headingSize="lg">
          <ul className="space-y-1">
            {thread.attachments.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center gap-x-6">
                <a
                  href={`/api/attachments/${a.id}`}
                  target="_blank"
                  rel="noopener"
                  className={fileLink}
                >
                  {t("attachments.open", { name: a.fileName })}
                  <span className="sr-only"> {t("attachments.opensInNewTab")}</span>
                </a>
                <a href={`/api/attachments/${a.id}?download=1`} download className={fileLink}>
                  {t("attachments.download", { name: a.fileName })}
                </a>
                <span className="text-sm text-muted">
                  {t("attachments.size", { size: Math.max(1, Math.round(a.size / 1024)) })}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Section heading={t("thread.entries")} headingSize="lg">
        <ol className="mt-3 space-y-3">
          {thread.entries.map((entry) => (
            <Card as="li" key={entry.id} padding="compact">
              <p className="font-semibold">{author(entry)}</p>
              <p className="text-sm text-muted">
                <time dateTime={entry.createdAt.toISOString()}>{when(entry.createdAt)}</time>
              </p>
              <p className="mt-2 break-words whitespace-pre-line">{entry.body}</p>
            </Card>
          ))}
        </ol>
      </Section>
      <Section heading={t("reply.title")} headingSize="lg">
        {data.reply.allowed ? (
          <ClientMessages namespaces={replyFormMessages}>
            <div className="mt-3">
              <ReplyForm
                communicationId={thread.id}
                disclaimer={data.disclaimer}
                once={data.reply.last}
              />
            </div>
          </ClientMessages>
        ) : (
          <p className="mt-2">
            {t(`reply.${data.reply.reason === "withdrawn" ? "notAllowed" : data.reply.reason}`)}
          </p>
        )}
      </Section>
    </div>
  );
}
