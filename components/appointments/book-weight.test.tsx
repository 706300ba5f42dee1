// The calendar's weight on a busy day (six practitioners, 32 visits of 15
// minutes each, 192 links): no heavier than the list it replaces as the
// default layout, so each visit must stay a plain link with short classes.
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { expect, it } from "vitest";
import en from "@/messages/en.json";
import { buildCalendar } from "@/lib/appointment-book/calendar";
import { localToUtc } from "@/lib/time/zoned";
import { BookCalendar } from "./book-calendar";
import { BookList } from "./book-list";

const TZ = "America/Toronto";
const date = "2031-02-04";
// Ids as long as the database's cuids.
const practitioners = Array.from({ length: 6 }, (_, i) => ({
  id: `practitioner-${i}-cuid-like-0000000`,
  title: "Dre",
  firstName: "Marie",
  lastName: `Lefebvre${i}`,
}));
const statuses = ["booked", "confirmed", "cancelled", "completed", "noShow"] as const;
const rows = practitioners.flatMap((p, pi) =>
  Array.from({ length: 32 }, (_, i) => {
    const startsAt = localToUtc(date, 8 * 60 + i * 15, TZ)!;
    return {
      id: `appt-${pi}-${i}-cuid-like-00000000`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 15 * 60_000),
      status: statuses[i % 5]!,
      practitionerId: p.id,
      profile: { id: "x", firstName: "Jean", lastName: "Gagnon", dateOfBirth: new Date() },
      practitioner: p,
      site: { nameEn: "Plateau", nameFr: "Plateau" },
      type: { nameEn: "Follow-up visit", nameFr: "Visite de suivi" },
    };
  }),
);
const days = [{ date, rows }];

it("a busy day's calendar markup is no heavier than the same day as a list", () => {
  const cal = buildCalendar({
    columns: practitioners.map((p) => ({ practitionerId: p.id, date })),
    days,
    blocks: [],
    timeZone: TZ,
    now: localToUtc(date, 600, TZ)!,
    today: date,
  });
  const calendar = {
    ...cal,
    columns: cal.columns.map((c, i) => ({ ...c, practitioner: practitioners[i]! })),
  };
  const wrap = (node: ReactNode) =>
    renderToStaticMarkup(
      <NextIntlClientProvider locale="en" messages={en} timeZone={TZ}>
        {node}
      </NextIntlClientProvider>,
    );
  const c = wrap(
    <BookCalendar calendar={calendar as never} view="day" dates={[date]} timeZone={TZ} />,
  );
  const l = wrap(<BookList days={days as never} timeZone={TZ} />);
  expect(c.match(/<a /g)).toHaveLength(rows.length);
  expect(c.length, `calendar ${c.length} bytes, list ${l.length} bytes`).toBeLessThanOrEqual(
    l.length,
  );
});
