// An appointment as an iCalendar file (RFC 5545), pure: the booked, reminder
// and cancelled emails attach it. All three versions of one appointment share
// its UID; a calendar app keeps the one with the highest SEQUENCE, so a
// cancellation (METHOD:CANCEL, STATUS:CANCELLED) removes the entry the booking
// added (METHOD:REQUEST).
//
// Times: DTSTART/DTEND carry the clinic's IANA zone (TZID=America/Toronto) and
// the LOCAL wall-clock time, with a VTIMEZONE describing that zone's offsets.
// Why not UTC "Z" times? Both are read correctly by Google Calendar, Apple
// Calendar and Outlook, but a zoned event keeps the clinic's zone: the event
// shows "9:00 (Eastern)" when the patient's device is in another zone, and a
// later change of the zone's rules keeps the appointment at 9:00 local.
// Google and Apple recognise the IANA name itself; Outlook uses the VTIMEZONE.
// The VTIMEZONE is built from the same tz data the app uses (Intl), as
// one-off observances (no RRULE) for every offset change from a year before
// to a year after the visit, so it cannot disagree with the app's own times.
import { offsetMinutes } from "@/lib/time/zoned";

export type IcsEvent = {
  /** Globally unique and stable for this appointment: `<appointment id>@<domain>`. */
  uid: string;
  /** When this version of the event was made (DTSTAMP, UTC). */
  stamp: Date;
  start: Date;
  end: Date;
  /** IANA zone, the clinic's. */
  timeZone: string;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
  /** REQUEST adds or updates the entry; CANCEL removes it. */
  method: "REQUEST" | "CANCEL";
  /** TENTATIVE while booked and unconfirmed, CONFIRMED once confirmed, CANCELLED with CANCEL. */
  status: IcsStatus;
  /** Higher with every change of the appointment (RFC 5545 3.8.7.4). */
  sequence: number;
  /** The clinic, who sends the request and the cancellation (RFC 5546 wants an ORGANIZER on both). */
  organizer?: { name: string; email: string };
};

export type IcsStatus = "TENTATIVE" | "CONFIRMED" | "CANCELLED";

const CRLF = "\r\n";
const utf8 = new TextEncoder();
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export function buildIcs(event: IcsEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Patient Portal//Appointments//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.method}`,
    ...vtimezone(event.timeZone, event.start, event.end),
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `SEQUENCE:${Math.max(0, Math.trunc(event.sequence))}`,
    ...(event.organizer ? [organizerLine(event.organizer)] : []),
    `DTSTART;TZID=${event.timeZone}:${localStamp(event.start, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${localStamp(event.end, event.timeZone)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, "")}`] : []),
    `STATUS:${event.status}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/**
 * The SEQUENCE of an appointment's calendar file, from what is stored: each
 * state change (confirmed, then cancelled) adds one, so a cancellation always
 * outranks the booking and the confirmation a calendar app already holds.
 */
export function icsSequence(appt: { confirmedAt: Date | null; cancelledAt: Date | null }): number {
  return (appt.confirmedAt ? 1 : 0) + (appt.cancelledAt ? 1 : 0);
}

/**
 * ORGANIZER;CN="Clinic":mailto:address. CN is a quoted parameter value, which
 * cannot hold a double quote or a control character; the address is a URI.
 */
function organizerLine(organizer: { name: string; email: string }): string {
  const name = organizer.name.replace(/["\p{Cc}]/gu, "");
  const email = organizer.email.replace(/[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~@-]/g, "");
  return `ORGANIZER;CN="${name}":mailto:${email}`;
}

/** TEXT values: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/\p{Cc}/gu, "");
}

/** Lines longer than 75 octets continue on the next line after CRLF + one space; never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    // The continuation's leading space counts toward its 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = " ";
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** 20261102T140000Z */
function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** The wall-clock time in the zone, without a zone suffix: 20261102T090000. */
export function localStamp(instant: Date, timeZone: string): string {
  return floating(instant.getTime() + offsetMinutes(timeZone, instant.getTime()) * MINUTE_MS);
}

function floating(wallMs: number): string {
  return new Date(wallMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "");
}

function offsetText(minutes: number): string {
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(minutes) / 60))}${pad(Math.abs(minutes) % 60)}`;
}

function zoneName(timeZone: string, instantMs: number): string | null {
  const part = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
    .formatToParts(instantMs)
    .find((p) => p.type === "timeZoneName");
  // "GMT-5" is not a name: leave TZNAME out rather than invent one.
  return part && !/^(GMT|UTC)/.test(part.value) ? part.value : null;
}

export type OffsetChange = { at: number; from: number; to: number };

/** Every offset change of the zone in [fromMs, toMs], to the minute. */
export function offsetChanges(timeZone: string, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let previous = offsetMinutes(timeZone, fromMs);
  for (let t = fromMs + DAY_MS; t <= toMs + DAY_MS; t += DAY_MS) {
    const current = offsetMinutes(timeZone, t);
    if (current === previous) continue;
    // Binary search between t - 1 day (old offset) and t (new one).
    let lo = t - DAY_MS;
    let hi = t;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetMinutes(timeZone, mid) === previous) lo = mid;
      else hi = mid;
    }
    changes.push({ at: hi, from: previous, to: current });
    previous = current;
  }
  return changes;
}

function vtimezone(timeZone: string, start: Date, end: Date): string[] {
  const changes = offsetChanges(
    timeZone,
    start.getTime() - 366 * DAY_MS,
    end.getTime() + 366 * DAY_MS,
  );
  const lines = ["BEGIN:VTIMEZONE", `TZID:${timeZone}`];
  if (changes.length === 0) {
    const offset = offsetText(offsetMinutes(timeZone, start.getTime()));
    const name = zoneName(timeZone, start.getTime());
    lines.push(
      "BEGIN:STANDARD",
      "DTSTART:19700101T000000",
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      ...(name ? [`TZNAME:${name}`] : []),
      "END:STANDARD",
    );
  }
  for (const change of changes) {
    const kind = change.to > change.from ? "DAYLIGHT" : "STANDARD";
    const name = zoneName(timeZone, change.at);
    lines.push(
      `BEGIN:${kind}`,
      // The onset in the local time in force before it (RFC 5545 3.6.5).
      `DTSTART:${floating(change.at + change.from * MINUTE_MS)}`,
      `TZOFFSETFROM:${offsetText(change.from)}`,
      `TZOFFSETTO:${offsetText(change.to)}`,
      ...(name ? [`TZNAME:${name}`] : []),
      `END:${kind}`,
    );
  }
  lines.push("END:VTIMEZONE");
  return lines;
}
