import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { loadMailbox } from "@/lib/email/mailbox";
import { Link } from "@/lib/i18n/navigation";
import { loadClinicTimeZone } from "@/lib/clinic/loaders";
import { formatInstant } from "@/lib/time/format";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailbox");
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { searchParams: Promise<{ to?: string | string[] }> };

export default async function MailboxPage({ searchParams }: Props) {
  const { to: rawTo } = await searchParams;
  const { to, messages } = await loadMailbox({ to: typeof rawTo === "string" ? rawTo : undefined });
  const [t, locale, timeZone] = await Promise.all([
    getTranslations("mailbox"),
    getLocale(),
    loadClinicTimeZone(),
  ]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>

      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="mailbox-to" className="font-medium">
            {t("filterLabel")}
          </label>
          <input
            id="mailbox-to"
            name="to"
            type="email"
            defaultValue={to ?? ""}
            autoComplete="off"
            className="min-h-11 rounded border border-gray-400 px-3 py-2"
          />
        </div>
        <button
          type="submit"
          className="min-h-11 rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800"
        >
          {t("filterSubmit")}
        </button>
        {to ? (
          <Link href="/dev/mailbox" className="min-h-11 py-2 text-blue-700 underline">
            {t("clearFilter")}
          </Link>
        ) : null}
      </form>

      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <caption className="mb-2 text-left font-medium">
            {to
              ? t("captionFor", { count: messages.length, to })
              : t("caption", { count: messages.length })}
          </caption>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="p-2">
                {t("to")}
              </th>
              <th scope="col" className="p-2">
                {t("subject")}
              </th>
              <th scope="col" className="p-2">
                {t("sentAt")}
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-gray-200">
                <td className="p-2 break-all">{message.to}</td>
                <td className="p-2">
                  <Link href={`/dev/mailbox/${message.id}`} className="text-blue-700 underline">
                    {message.subject}
                  </Link>
                </td>
                <td className="p-2">
                  <time dateTime={message.createdAt.toISOString()}>
                    {formatInstant(message.createdAt, locale, timeZone, "shortDateTime")}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
