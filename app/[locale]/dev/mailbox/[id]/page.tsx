import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DetailList } from "@/components/shell/detail-list";
import { Section } from "@/components/shell/section";
import { loadMailboxMessage } from "@/lib/email/mailbox";
import { Link } from "@/lib/i18n/navigation";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { formatInstant } from "@/lib/time/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const message = await loadMailboxMessage((await params).id);
  return { title: message.subject, robots: { index: false, follow: false } };
}

export default async function MailboxMessagePage({ params }: Props) {
  const message = await loadMailboxMessage((await params).id);
  const [t, locale, timeZone] = await Promise.all([
    getTranslations("mailbox"),
    getLocale(),
    loadClinicTimeZone(),
  ]);

  return (
    <div className="space-y-6">
      <p>
        <Link href="/dev/mailbox" className="text-blue-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">{message.subject}</h1>
      <DetailList
        className="grid-cols-[auto_1fr]"
        items={[
          { term: t("to"), detail: <span className="break-all">{message.to}</span> },
          {
            term: t("sentAt"),
            detail: (
              <time dateTime={message.createdAt.toISOString()}>
                {formatInstant(message.createdAt, locale, timeZone, "shortDateTime")}
              </time>
            ),
          },
        ]}
      />

      <Section heading={t("textVersion")} headingSize="lg" className="space-y-2">
        <pre className="overflow-x-auto rounded border border-gray-300 bg-white p-4 font-sans break-words whitespace-pre-wrap">
          {linkify(message.text)}
        </pre>
      </Section>

      {message.attachments.length > 0 && (
        <Section heading={t("attachments")} headingSize="lg" className="space-y-2">
          {message.attachments.map((attachment, index) => (
            <div key={index} className="space-y-1">
              <h3 className="font-medium break-all">
                {attachment.filename}{" "}
                <span className="font-normal text-gray-700">({attachment.contentType})</span>
              </h3>
              <pre className="overflow-x-auto rounded border border-gray-300 bg-white p-4 text-sm">
                {attachment.content}
              </pre>
            </div>
          ))}
        </Section>
      )}

      <Section heading={t("htmlVersion")} headingSize="lg" className="space-y-2">
        {/* Its own document with its own CSP (the email's inline styles, nothing else);
            sandbox="": no scripts, no forms, no same-origin access. */}
        <iframe
          src={`/api/dev/mailbox/${encodeURIComponent(message.id)}/html`}
          sandbox=""
          title={t("htmlFrameTitle", { subject: message.subject })}
          className="h-[40rem] w-full rounded border border-gray-300 bg-white"
        />
      </Section>
    </div>
  );
}

const linkPattern = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/g;

/** The text version with its http(s) addresses as links (React escapes everything else). */
function linkify(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(linkPattern)) {
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={match[0]} className="text-blue-700 underline">
        {match[0]}
      </a>,
    );
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}
