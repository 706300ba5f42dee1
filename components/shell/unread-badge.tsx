/** The red unread counter (the Inbox's); screen readers get the count from the link's own words. */
export function UnreadBadge({ count, className }: { count: number; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`rounded-full bg-red-700 px-2 text-sm font-semibold text-white ${className ?? ""}`}
    >
      {count}
    </span>
  );
}
