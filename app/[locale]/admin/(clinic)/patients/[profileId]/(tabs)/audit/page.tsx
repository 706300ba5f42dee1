import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditTable } from "@/components/audit/audit-table";
import { secondaryLinkClass } from "@/components/shell/filter-form";
import { Pagination } from "@/components/shell/pagination";
import { loadPatientView } from "@/lib/admin/loaders";
import { loadPatientAudit } from "@/lib/audit/loaders";
import { Link } from "@/lib/i18n/navigation";
import { patientTabTitle } from "../tab-title";

type Props = {
  params: Promise<{ profileId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return patientTabTitle((await params).profileId, "audit");
}

export default async function PatientAuditPage({ params, searchParams }: Props) {
  const [{ profileId }, query] = await Promise.all([params, searchParams]);
  const log = await loadPatientAudit(profileId, query);
  // After the log's admin check, so that a refused staff member leaves no "view" row.
  const id = await loadPatientView(profileId);
  const [t, tp] = await Promise.all([
    getTranslations("adminAudit"),
    getTranslations("adminPatientTabs"),
  ]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>{tp("audit.intro")}</p>
        <Link
          href={`/admin/audit?${new URLSearchParams({ patient: id })}`}
          prefetch={false}
          className={secondaryLinkClass}
        >
          {tp("audit.fullLog")}
        </Link>
      </div>
      <p role="status">{t("results", { total: log.total })}</p>
      {log.rows.length > 0 && (
        <AuditTable rows={log.rows} timeZone={log.timeZone} caption={tp("tabs.audit")} />
      )}
      <Pagination
        prefetch={false}
        page={log.page}
        pages={log.pages}
        href={(n) => ({ pathname: `/admin/patients/${id}/audit`, query: { page: String(n) } })}
        labels={{
          label: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page: log.page, pages: log.pages }),
        }}
      />
    </div>
  );
}
