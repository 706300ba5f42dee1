// Pieces of the catalog list pages (server components): the heading with its
// "add" link, an active/inactive badge and a card per row (cards,
// not a table: they read well at 360 px and by screen reader), and the page
// that puts the header above the rows.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/shell/card";
import { DetailList } from "@/components/shell/detail-list";
import { Link } from "@/lib/i18n/navigation";

export function CatalogHeader({
  title,
  addHref,
  addLabel,
  intro,
}: {
  title: string;
  addHref?: string;
  addLabel?: string;
  intro?: string;
}) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {addHref && addLabel && (
          <Link
            href={addHref}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {addLabel}
          </Link>
        )}
      </div>
      {intro && <p className="text-muted">{intro}</p>}
    </div>
  );
}

export function StatusBadge({ active, label }: { active: boolean; label: string }) {
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-sm font-medium ${active ? "border-green-700 text-success" : "border-gray-500 bg-gray-100 text-ink"}`}
    >
      {label}
    </span>
  );
}

/** One row of a catalog list: its name links to its edit page; `facts` are label/value pairs. */
export function CatalogCard({
  href,
  name,
  editLabel,
  badges,
  facts,
}: {
  href: string;
  name: string;
  editLabel: string;
  badges?: ReactNode;
  facts: [string, ReactNode][];
}) {
  const tc = useTranslations("common");
  return (
    <Card as="li" padding="compact" className="space-y-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h2 className="text-lg font-semibold break-words">
          <Link
            href={href}
            className="inline-flex min-h-11 items-center text-brand-800 underline"
            aria-label={editLabel}
          >
            {name}
          </Link>
        </h2>
        {badges}
      </div>
      <DetailList
        layout="inline"
        items={facts.map(([label, value]) => ({ term: tc("labelled", { label }), detail: value }))}
      />
    </Card>
  );
}

export function CatalogList({
  label,
  empty,
  children,
  count,
}: {
  label: string;
  empty: string;
  children: ReactNode;
  count: number;
}) {
  if (count === 0)
    return (
      <Card as="p" padding="compact">
        {empty}
      </Card>
    );
  return (
    <ul aria-label={label} className="space-y-3">
      {children}
    </ul>
  );
}

/** The catalog's lists: each has its page under /admin and its texts in `adminCatalog`. */
export const catalogLists = {
  sites: "/admin/sites",
  specialties: "/admin/specialties",
  practitioners: "/admin/practitioners",
  appointmentTypes: "/admin/appointment-types",
} as const;

export type CatalogListName = keyof typeof catalogLists;

/** A catalog list page: its header and "add" link, then its rows or, when there are none, its empty notice. */
export function CatalogListPage({
  list,
  count,
  children,
}: {
  list: CatalogListName;
  count: number;
  children: ReactNode;
}) {
  const t = useTranslations(`adminCatalog.${list}`);
  return (
    <div className="space-y-6">
      <CatalogHeader
        title={t("title")}
        intro={t("intro")}
        addHref={`${catalogLists[list]}/new`}
        addLabel={t("new")}
      />
      <CatalogList label={t("title")} empty={t("empty")} count={count}>
        {children}
      </CatalogList>
    </div>
  );
}
