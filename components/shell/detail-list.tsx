import { Fragment, type ReactNode } from "react";

export type Detail = {
  term: ReactNode;
  detail: ReactNode;
  /** Spans both columns from `sm` up (inline and stacked layouts). */
  wide?: boolean;
  /** The term is read by screen readers only: the detail already says what it is. */
  hiddenTerm?: boolean;
};

/**
 * - `columns`: terms in a column beside their details from `sm` up (a record's details);
 * - `inline`: "term: detail" pairs in a grid (terms arrive already labelled, `common.labelled`);
 * - `stacked`: a small muted term above each detail.
 */
export type DetailLayout = "columns" | "inline" | "stacked";

const layouts: Record<
  DetailLayout,
  { list: string; group?: string; term: string; detail?: string }
> = {
  columns: { list: "grid gap-x-4 gap-y-2 sm:grid-cols-[auto_1fr]", term: "font-medium" },
  inline: {
    list: "grid gap-x-6 gap-y-1",
    group: "flex flex-wrap gap-x-2",
    term: "text-muted",
    detail: "break-words",
  },
  stacked: { list: "grid gap-x-6 gap-y-3", group: "", term: "text-sm text-muted" },
};

const gridColumns = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-3" } as const;

/**
 * A description list (`<dl>`) of term/detail pairs; renders nothing when
 * there are none. Texts come translated from the caller.
 */
export function DetailList({
  items,
  layout = "columns",
  columns = 2,
  className,
}: {
  items: Detail[];
  layout?: DetailLayout;
  /** Grid columns from `sm` up, for the inline and stacked layouts. */
  columns?: keyof typeof gridColumns;
  className?: string;
}) {
  if (items.length === 0) return null;
  const style = layouts[layout];
  const list = [style.list, layout === "columns" ? "" : gridColumns[columns], className ?? ""]
    .filter(Boolean)
    .join(" ");
  return (
    <dl className={list}>
      {items.map((item, i) => {
        const term = <dt className={item.hiddenTerm ? "sr-only" : style.term}>{item.term}</dt>;
        const detail = <dd className={style.detail}>{item.detail}</dd>;
        if (style.group === undefined)
          return (
            <Fragment key={i}>
              {term}
              {detail}
            </Fragment>
          );
        const group = [style.group, item.wide ? "sm:col-span-2" : ""].filter(Boolean).join(" ");
        return (
          <div key={i} className={group || undefined}>
            {term}
            {detail}
          </div>
        );
      })}
    </dl>
  );
}
