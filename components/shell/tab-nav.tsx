"use client";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { isCurrentNav, type NavItem } from "./sidebar-nav";

export type TabItem = Pick<NavItem, "href" | "label" | "exact" | "prefetch">;

/**
 * The tabs of one record as links (each tab is a page of its own), in a row
 * that scrolls sideways inside itself on a narrow screen rather than widening
 * the page; the current one is marked for screen readers too (aria-current).
 */
export function TabNav({ items, label }: { items: TabItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="overflow-x-auto border-b border-gray-300 scroll-shadow-x">
      <ul className="flex min-w-max">
        {items.map((item) => {
          const current = isCurrentNav(pathname, item);
          return (
            <li key={item.href}>
              {/* The focus ring is drawn inside: the scrolling row would clip one drawn outside. */}
              <Link
                href={item.href}
                prefetch={item.prefetch}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-12 items-center border-b-4 px-3 font-semibold whitespace-nowrap focus-visible:-outline-offset-4! sm:px-4 ${
                  current
                    ? "border-brand-700 text-brand-800"
                    : "border-transparent text-muted hover:border-gray-400 hover:text-ink"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
