"use client";

import type { Flow } from "@/lib/booking/loaders";
import { Link } from "@/lib/i18n/navigation";
import { flowHref } from "./booking-links";

/** A slot as the grid sends it: the time already formatted in the clinic's zone, the practitioner by index. */
export type SlotChoice = { startsAt: string; time: string; practitioner: number };

/**
 * The slots of one half-day, as links to the confirmation page whose
 * accessible name is `day`, the time and the practitioner. `large`: the
 * phone's day view, two columns of big buttons; otherwise the week table's
 * compact cell.
 */
export function SlotLinks({
  flow,
  query,
  day,
  slots,
  practitioners,
  empty,
  large = false,
}: {
  flow: Flow;
  query: Record<string, string>;
  /** The weekday and date, spoken before each slot's time (hidden on screen). */
  day: string;
  slots: SlotChoice[];
  practitioners: { id: string; name: string }[];
  empty: string;
  large?: boolean;
}) {
  if (slots.length === 0) return <span className="text-muted">{empty}</span>;
  return (
    <ul className={large ? "grid grid-cols-2 gap-2" : "flex flex-wrap gap-1"}>
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
              className={large ? "slot-link h-full min-h-14 px-3 py-2" : "slot-link"}
            >
              {/* sr-only spans are out of the flex flow: time and name stay the two lines. */}
              <span className="sr-only">{day} </span>
              <span className={large ? "text-lg font-semibold" : "font-semibold"}>{s.time}</span>
              <span className="sr-only">, </span>
              <span className={large ? "text-sm" : "text-xs"}>{practitioner.name}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
