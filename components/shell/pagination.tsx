import { Link } from "@/lib/i18n/navigation";
import { secondaryLinkClass } from "./filter-form";

type Href = { pathname: string; query: Record<string, string> };

/**
 * Previous / next links around "Page 2 of 5", for any paginated list; nothing
 * when everything fits on one page. `href(n)` keeps the list's other filters.
 */
export function Pagination({
  page,
  pages,
  href,
  labels,
  prefetch,
}: {
  page: number;
  pages: number;
  href: (page: number) => Href;
  labels: { label: string; previous: string; next: string; page: string };
  /** false where opening the page is itself recorded (the audit log). */
  prefetch?: boolean;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.label} className="flex flex-wrap items-center gap-3">
      {page > 1 && (
        <Link href={href(page - 1)} prefetch={prefetch} className={secondaryLinkClass}>
          {labels.previous}
        </Link>
      )}
      <span aria-current="page">{labels.page}</span>
      {page < pages && (
        <Link href={href(page + 1)} prefetch={prefetch} className={secondaryLinkClass}>
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
