// The .ics file across both daylight-saving changes of America/Toronto
// (2026-03-08 02:00 → 03:00, 2026-11-01 02:00 → 01:00): the wall-clock time
// in the file is the clinic's, and the file's own VTIMEZONE maps it back to
// the right instant, as a calendar app would.
import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine, icsSequence, offsetChanges } from "./ics";

const TZ = "America/Toronto";

function event(startIso: string, minutes = 30) {
  const start = new Date(startIso);
  return buildIcs({
    uid: "appt_123@portal.example.test",
    stamp: new Date("2026-01-15T12:00:00Z"),
    start,
    end: new Date(start.getTime() + minutes * 60_000),
    timeZone: TZ,
    summary: "Annual check-up, Dr. Ada Lovelace; Family medicine",
    location: "Clinique Saint-Laurent — 201-1224 Rue Stanley, Montréal",
    description: "Line one\nLine two, with a comma; and a semicolon \\ backslash",
    method: "REQUEST",
    status: "TENTATIVE",
    sequence: 0,
  });
}

/** Unfolds and splits a file into [name;params, value] pairs. */
function contentLines(ics: string) {
  return ics
    .replace(/\r\n /g, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(":");
      return { name: line.slice(0, colon), value: line.slice(colon + 1) };
    });
}

/** What a calendar app does: the local time + the file's VTIMEZONE observance in force → the UTC instant. */
function resolve(ics: string, property: "DTSTART" | "DTEND"): Date {
  const lines = contentLines(ics);
  const prop = lines.find((l) => l.name.startsWith(`${property};TZID=`))!;
  expect(prop.name).toBe(`${property};TZID=${TZ}`);
  const wall = parseFloating(prop.value);
  const observances: { onset: number; to: number }[] = [];
  let inZone = false;
  let current: { onset?: number; to?: number } = {};
  for (const l of lines) {
    if (l.name === "BEGIN" && l.value === "VTIMEZONE") inZone = true;
    if (!inZone) continue;
    if (l.name === "END" && l.value === "VTIMEZONE") break;
    if (l.name === "BEGIN") current = {};
    if (l.name === "DTSTART") current.onset = parseFloating(l.value);
    if (l.name === "TZOFFSETTO") current.to = parseOffset(l.value);
    if (l.name === "END") observances.push({ onset: current.onset!, to: current.to! });
  }
  // The latest observance whose onset (as local wall time) is not after this wall time.
  const inForce = observances.filter((o) => o.onset <= wall).sort((a, b) => b.onset - a.onset)[0]!;
  return new Date(wall - inForce.to * 60_000);
}

function parseFloating(v: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(v)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

function parseOffset(v: string): number {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(v)!;
  return (m[1] === "-" ? -1 : 1) * (+m[2]! * 60 + +m[3]!);
}

/** A property of the VEVENT (the VTIMEZONE has DTSTARTs of its own). */
const value = (ics: string, name: string) =>
  contentLines(ics.slice(ics.indexOf("BEGIN:VEVENT"))).find(
    (l) => l.name === name || l.name.startsWith(`${name};`),
  )?.value;

describe("buildIcs across the March change (EST → EDT on 2026-03-08)", () => {
  it("Friday before: 09:00 EST (14:00 UTC) is written as 09:00 local", () => {
    const ics = event("2026-03-06T14:00:00Z");
    expect(value(ics, "DTSTART")).toBe("20260306T090000");
    expect(value(ics, "DTEND")).toBe("20260306T093000");
    expect(resolve(ics, "DTSTART").toISOString()).toBe("2026-03-06T14:00:00.000Z");
  });

  it("Monday after: 09:00 EDT (13:00 UTC) is written as 09:00 local, not 08:00", () => {
    const ics = event("2026-03-09T13:00:00Z");
    expect(value(ics, "DTSTART")).toBe("20260309T090000");
    expect(resolve(ics, "DTSTART").toISOString()).toBe("2026-03-09T13:00:00.000Z");
    expect(resolve(ics, "DTEND").toISOString()).toBe("2026-03-09T13:30:00.000Z");
  });

  it("the day of the change: 03:30 EDT just after the skipped hour", () => {
    const ics = event("2026-03-08T07:30:00Z");
    expect(value(ics, "DTSTART")).toBe("20260308T033000");
    expect(resolve(ics, "DTSTART").toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });
});

describe("buildIcs across the November change (EDT → EST on 2026-11-01)", () => {
  it("Friday before: 09:00 EDT (13:00 UTC) is written as 09:00 local", () => {
    const ics = event("2026-10-30T13:00:00Z");
    expect(value(ics, "DTSTART")).toBe("20261030T090000");
    expect(resolve(ics, "DTSTART").toISOString()).toBe("2026-10-30T13:00:00.000Z");
  });

  it("Monday after: 09:00 EST (14:00 UTC) is written as 09:00 local, not 10:00", () => {
    const ics = event("2026-11-02T14:00:00Z");
    expect(value(ics, "DTSTART")).toBe("20261102T090000");
    expect(value(ics, "DTEND")).toBe("20261102T093000");
    expect(resolve(ics, "DTSTART").toISOString()).toBe("2026-11-02T14:00:00.000Z");
  });

  it("an event spanning the change keeps both ends right (00:30 EDT → 02:30 EST, 3 h)", () => {
    const ics = event("2026-11-01T04:30:00Z", 180);
    expect(value(ics, "DTSTART")).toBe("20261101T003000");
    expect(value(ics, "DTEND")).toBe("20261101T023000");
    expect(resolve(ics, "DTEND").toISOString()).toBe("2026-11-01T07:30:00.000Z");
  });
});

describe("the VTIMEZONE", () => {
  it("describes both 2026 changes with their local onsets and offsets", () => {
    const ics = event("2026-11-02T14:00:00Z");
    const zone = ics.slice(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
    expect(zone).toContain("TZID:America/Toronto");
    expect(zone).toContain(
      "BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nTZNAME:EDT\r\nEND:DAYLIGHT",
    );
    expect(zone).toContain(
      "BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nTZNAME:EST\r\nEND:STANDARD",
    );
  });

  it("finds the changes to the minute", () => {
    const changes = offsetChanges(TZ, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
    expect(changes.map((c) => [new Date(c.at).toISOString(), c.from, c.to])).toEqual([
      ["2026-03-08T07:00:00.000Z", -300, -240],
      ["2026-11-01T06:00:00.000Z", -240, -300],
    ]);
  });

  it("a zone without daylight saving gets one fixed observance", () => {
    const ics = buildIcs({
      uid: "x@y",
      stamp: new Date(),
      start: new Date("2026-07-01T15:00:00Z"),
      end: new Date("2026-07-01T15:30:00Z"),
      timeZone: "America/Regina",
      summary: "S",
      method: "REQUEST",
      status: "CONFIRMED",
      sequence: 1,
    });
    expect(ics).toContain(
      "BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:-0600\r\nTZOFFSETTO:-0600",
    );
    expect(ics).toContain("DTSTART;TZID=America/Regina:20260701T090000");
  });
});

describe("format", () => {
  it("uses CRLF line ends only, UTC DTSTAMP, and the UID given", () => {
    const ics = event("2026-11-02T14:00:00Z");
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(value(ics, "DTSTAMP")).toBe("20260115T120000Z");
    expect(value(ics, "UID")).toBe("appt_123@portal.example.test");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  });

  it("escapes TEXT values", () => {
    expect(escapeText("a,b;c\\d\ne\r\nf")).toBe("a\\,b\\;c\\\\d\\ne\\nf");
    const ics = event("2026-11-02T14:00:00Z");
    expect(value(ics, "SUMMARY")).toBe("Annual check-up\\, Dr. Ada Lovelace\\; Family medicine");
    expect(value(ics, "DESCRIPTION")).toBe(
      "Line one\\nLine two\\, with a comma\\; and a semicolon \\\\ backslash",
    );
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const long = `LOCATION:${"é".repeat(100)}`;
    const folded = foldLine(long);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const line of physical)
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    for (const line of physical.slice(1)) expect(line.startsWith(" ")).toBe(true);
    expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join("")).toBe(long);
    const ics = event("2026-11-02T14:00:00Z");
    for (const line of ics.split("\r\n"))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(value(ics, "LOCATION")).toBe(
      "Clinique Saint-Laurent — 201-1224 Rue Stanley\\, Montréal",
    );
  });
});

describe("method, status and sequence", () => {
  const base = {
    uid: "appt_123@portal.example.test",
    stamp: new Date("2026-10-20T12:00:00Z"),
    start: new Date("2026-11-02T14:00:00Z"),
    end: new Date("2026-11-02T14:30:00Z"),
    timeZone: TZ,
    summary: "Annual check-up with Dr. Ada Lovelace",
  };

  it("a booked, unconfirmed appointment is a TENTATIVE request", () => {
    const ics = buildIcs({ ...base, method: "REQUEST", status: "TENTATIVE", sequence: 0 });
    expect(ics).toContain("\r\nMETHOD:REQUEST\r\n");
    expect(value(ics, "STATUS")).toBe("TENTATIVE");
    expect(value(ics, "SEQUENCE")).toBe("0");
    expect(ics).not.toContain("STATUS:CONFIRMED");
  });

  it("a confirmed one is a CONFIRMED request", () => {
    const ics = buildIcs({ ...base, method: "REQUEST", status: "CONFIRMED", sequence: 1 });
    expect(value(ics, "STATUS")).toBe("CONFIRMED");
    expect(value(ics, "SEQUENCE")).toBe("1");
  });

  it("a cancellation keeps the UID, raises the SEQUENCE and says CANCEL / CANCELLED", () => {
    const booked = buildIcs({ ...base, method: "REQUEST", status: "TENTATIVE", sequence: 0 });
    const cancelled = buildIcs({ ...base, method: "CANCEL", status: "CANCELLED", sequence: 1 });
    expect(cancelled).toContain("\r\nMETHOD:CANCEL\r\n");
    expect(cancelled).not.toContain("METHOD:REQUEST");
    expect(value(cancelled, "STATUS")).toBe("CANCELLED");
    expect(value(cancelled, "UID")).toBe(value(booked, "UID"));
    expect(Number(value(cancelled, "SEQUENCE"))).toBeGreaterThan(Number(value(booked, "SEQUENCE")));
  });

  it("names the clinic as ORGANIZER of the request and the cancellation, quoted, with nothing that could break the line", () => {
    const organizer = {
      name: 'Clinique "Saint-Laurent"\r\nX-EVIL:1',
      email: "accueil@clinic.example",
    };
    for (const method of ["REQUEST", "CANCEL"] as const) {
      const ics = buildIcs({
        ...base,
        method,
        status: method === "CANCEL" ? "CANCELLED" : "TENTATIVE",
        sequence: 0,
        organizer,
      });
      expect(ics).toContain(
        '\r\nORGANIZER;CN="Clinique Saint-LaurentX-EVIL:1":mailto:accueil@clinic.example\r\n',
      );
      expect(ics).not.toContain("\r\nX-EVIL");
    }
    expect(
      buildIcs({ ...base, method: "REQUEST", status: "TENTATIVE", sequence: 0 }),
    ).not.toContain("ORGANIZER");
  });

  it("derives the sequence from the stored state changes: each one outranks the one before", () => {
    const booked = icsSequence({ confirmedAt: null, cancelledAt: null });
    const confirmed = icsSequence({ confirmedAt: new Date(), cancelledAt: null });
    const cancelledUnconfirmed = icsSequence({ confirmedAt: null, cancelledAt: new Date() });
    const cancelledConfirmed = icsSequence({ confirmedAt: new Date(), cancelledAt: new Date() });
    expect(booked).toBe(0);
    expect(confirmed).toBeGreaterThan(booked);
    expect(cancelledUnconfirmed).toBeGreaterThan(booked);
    expect(cancelledConfirmed).toBeGreaterThan(confirmed);
  });
});
