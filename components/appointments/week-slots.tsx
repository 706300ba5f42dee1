"use client";

import { useId, useState } from "react";
import type { Flow } from "@/lib/booking/loaders";
import { shownDay, slotCount } from "./day-choice";
import { SlotLinks, type SlotChoice } from "./slot-links";

/** One day of the week, its texts formatted on the server in the patient's language. */
export type WeekDay = {
  date: string;
  /** The table's row header: "Mon, Dec 7". */
  row: string;
  /** The strip's two lines: "Mon" and "Dec 7". */
  weekday: string;
  dayMonth: string;
  /** The strip's third line: "5 times free" / "No availability". */
  count: string;
  /** The day view's heading: "Monday, December 7, 2026". */
  heading: string;
  /** Spoken before each of its times: "Monday December 7, 2026,". */
  spoken: string;
  morning: SlotChoice[];
  afternoon: SlotChoice[];
};

export type WeekLabels = {
  day: string;
  morning: string;
  afternoon: string;
  noAvailability: string;
  chooseDay: string;
  emptyWeek: string;
};

/**
 * The week's slots, rendered twice from the same compact props: below `md` a
 * strip of days and the chosen day's times as large buttons (a week table is
 * ~4,400 px tall on a phone), from `md` the week table. CSS hides one of the
 * two, so no media query in JS and no hydration mismatch; the phone view holds
 * one day only, which keeps the page's HTML within its weight ceiling.
 */
export function WeekSlots({
  flow,
  query,
  days,
  practitioners,
  labels,
  tableLabelledBy,
}: {
  flow: Flow;
  query: Record<string, string>;
  days: WeekDay[];
  practitioners: { id: string; name: string }[];
  labels: WeekLabels;
  tableLabelledBy: string;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  const shown = shownDay(days, chosen);
  const stripId = useId();
  const panelId = useId();
  const links = (day: WeekDay, slots: SlotChoice[], large = false) => (
    <SlotLinks
      flow={flow}
      query={query}
      day={day.spoken}
      slots={slots}
      practitioners={practitioners}
      empty={labels.noAvailability}
      large={large}
    />
  );
  const halves = [
    { label: labels.morning, slots: shown?.morning ?? [] },
    { label: labels.afternoon, slots: shown?.afternoon ?? [] },
  ].filter((h) => h.slots.length > 0);

  return (
    <>
      <div className="space-y-4 md:hidden">
        <div role="group" aria-labelledby={stripId}>
          <p id={stripId} className="mb-2 font-semibold">
            {labels.chooseDay}
          </p>
          <ul className="grid grid-cols-[repeat(auto-fill,minmax(4.75rem,1fr))] gap-2">
            {days.map((d) => {
              const open = slotCount(d) > 0;
              const pressed = d.date === shown?.date;
              return (
                <li key={d.date}>
                  {/* A day without times stays focusable, so its "no availability" is heard, not skipped. */}
                  <button
                    type="button"
                    aria-pressed={pressed}
                    aria-disabled={!open || undefined}
                    aria-controls={panelId}
                    onClick={() => open && setChosen(d.date)}
                    className={`flex h-full min-h-11 w-full flex-col items-center justify-center rounded-md border px-1 py-1.5 text-center leading-tight ${
                      pressed
                        ? "border-brand-800 bg-brand-800 text-white"
                        : open
                          ? "border-brand-700 bg-white text-brand-800 hover:bg-brand-50"
                          : "border-dashed border-gray-400 bg-gray-100 text-muted"
                    }`}
                  >
                    <span className="font-semibold">{d.weekday}</span>
                    <span className="sr-only"> </span>
                    <span>{d.dayMonth}</span>
                    <span className="sr-only">, </span>
                    <span className="mt-0.5 text-xs">{d.count}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
        <div id={panelId} className="space-y-3">
          {shown ? (
            <>
              <h4 className="text-lg font-semibold">{shown.heading}</h4>
              {halves.map((h) => (
                <div key={h.label} className="space-y-2">
                  <h5 className="font-semibold text-muted">{h.label}</h5>
                  {links(shown, h.slots, true)}
                </div>
              ))}
            </>
          ) : (
            <p className="rounded-md border border-gray-300 bg-white p-3">{labels.emptyWeek}</p>
          )}
        </div>
      </div>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full border-collapse text-left" aria-labelledby={tableLabelledBy}>
          <thead>
            <tr className="border-b border-gray-300">
              <th scope="col" className="p-2">
                {labels.day}
              </th>
              <th scope="col" className="p-2">
                {labels.morning}
              </th>
              <th scope="col" className="p-2">
                {labels.afternoon}
              </th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.date} className="border-b border-gray-200 align-top">
                <th scope="row" className="p-2 font-semibold whitespace-nowrap">
                  {d.row}
                </th>
                <td className="p-2">{links(d, d.morning)}</td>
                <td className="p-2">{links(d, d.afternoon)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
