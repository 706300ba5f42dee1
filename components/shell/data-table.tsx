import type { ReactNode } from "react";

/**
 * A list as a table in a white box. Wider than a phone, the box scrolls
 * sideways, so it takes keyboard focus and is named by the caption.
 */
export function DataTable({
  caption,
  columns,
  dense,
  children,
}: {
  caption: string;
  columns: ReactNode[];
  dense?: boolean;
  /** The rows (`<tr>`). */
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-gray-200 bg-white"
    >
      <table className={dense ? "w-full text-left text-sm" : "w-full text-left"}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100 text-sm">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className="p-3">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
