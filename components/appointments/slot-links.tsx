"use client";

import type { Flow } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { flowHref } from "./booking-links";

/** A slot as the grid sends it: the time already formatted in the clinic's zone, the practitioner by index. */
export type SlotChoice = { startsAt: string; time: string; practitioner: number };

/**
 * The slots of one half-day. A client component for weight, not for state: a
 * server-rendered slot travels twice (HTML and RSC payload) with its whole
 * link, while these props carry each slot in ~60 bytes and the booking query
 * once. Each link's accessible name is `day`, the time and the practitioner.
 */
export function SlotLinks({
  flow,
  query,
  day,
  slots,
  practitioners,
  empty,
}: {
  flow: Flow;
  query: Record<string, string>;
  /** The weekday and date, spoken before each slot's time (hidden on screen). */
  day: string;
  slots: SlotChoice[];
  practitioners: { id: string; name: string }[];
  empty: string;
}) {
  if (slots.length === 0) return <span className="text-muted">{empty}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {slots.map((s) => {
        const practitioner = practitioners[s.practitioner]!;
        return (
          <li key={`${practitioner.id}-${s.startsAt}`}>
            {/* No prefetch: a week holds dozens of slots, and each prefetch was a request to the server. */}
            <Link
              prefetch={false}
              href={flowHref(
                flow,
                { ...query, start: s.startsAt, practitioner: practitioner.id },
                "/confirm",
              )}
              className="slot-link"
            >
              {/* sr-only spans are out of the flex flow: time and name stay the two lines. */}
              <span className="sr-only">{day} </span>
              <span className="font-semibold">{s.time}</span>
              <span className="sr-only">, </span>
              <span className="text-xs">{practitioner.name}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
