import "server-only";
// The booking flows (regular and emergency) as one function of the URL: the
// choices made so far travel as ids and dates in the query string (never the
// free-text reason, which stays in the browser until the final POST — URLs
// end up in access logs). Every choice is checked against the options this
// profile is offered; a choice that no longer fits (another specialty was
// picked) is dropped, the later ones that still fit are kept.
import { onePerTime } from "./one-per-time";
import { notFound } from "next/navigation";
import { requirePatient, type SessionAccount } from "@/lib/auth/gate";
import { now } from "@/lib/clock";
import { resolveAppointmentsProfile, type TabProfile } from "@/lib/appointments/loaders";
import { cancelDecision } from "@/lib/appointments/rules";
import { findSchedulingSettings } from "@/lib/scheduling/data";
import { firstWeekWithSlot, searchSlots } from "@/lib/scheduling/search";
import { addDays, isLocalDate, type LocalDate, localDateOf, mondayOf } from "@/lib/time/zoned";
import {
  findPractitionerNames,
  findSite,
  listActiveSites,
  listBookablePractitioners,
  listBookableSpecialties,
  listEmergencyTypes,
  listPractitionerSites,
  listRegularTypes,
  type NamedOption,
  type PractitionerOption,
  type SiteOption,
  type TypeOption,
} from "./data";
import { groupWeek, type GridDay } from "./week";

export type Flow = "regular" | "emergency";
export type BookingQuery = Partial<
  Record<
    | "profile"
    | "specialty"
    | "practitioner"
    | "site"
    | "type"
    | "when"
    | "after"
    | "week"
    | "step"
    | "start"
    | "taken"
    | "unavailable",
    string
  >
>;
export type StepName = "specialty" | "practitioner" | "site" | "type" | "when" | "reason" | "grid";

export type { GridDay, GridSlot } from "./week";

export type BookingState = {
  flow: Flow;
  profile: TabProfile;
  timeZone: string;
  today: LocalDate;
  /** The choices that still fit, as query parameters (links keep them). */
  query: Record<string, string>;
  specialty?: NamedOption;
  practitioner?: PractitionerOption;
  site?: SiteOption;
  type?: TypeOption;
  when?: { mode: "asap" } | { mode: "after"; after: LocalDate };
  /** Whether the site step exists at all (several sites to choose from). */
  siteStep: boolean;
  step:
    | { name: "specialty"; options: NamedOption[] }
    | { name: "practitioner"; options: PractitionerOption[] }
    | { name: "site"; options: SiteOption[] }
    | { name: "type"; options: TypeOption[] }
    | { name: "when" }
    | { name: "reason" }
    | {
        name: "grid";
        week: LocalDate | null;
        days: GridDay[];
        previousWeek: LocalDate | null;
        nextWeek: LocalDate | null;
        taken: boolean;
        unavailable: boolean;
      };
};

const pick = <T extends { id: string }>(options: T[], id: string | undefined) =>
  id ? options.find((o) => o.id === id) : undefined;
const clean = (v: string | undefined) => (v && v.length <= 64 ? v : undefined);

function parseWhen(query: BookingQuery, today: LocalDate): BookingState["when"] {
  if (query.when === "asap") return { mode: "asap" };
  if (query.when === "after" && query.after && isLocalDate(query.after))
    return { mode: "after", after: query.after < today ? today : query.after };
  return undefined;
}

type GridStep = Extract<BookingState["step"], { name: "grid" }>;
/** What the patient chose so far (the confirmation page shows these, without a grid). */
export type BookingChoices = Omit<BookingState, "step">;
/** The choices, and the step that asks for the first one missing (or the one being edited). */
type Choices = BookingChoices & {
  asking: Exclude<BookingState["step"], GridStep> | null;
};

/** The state of a booking flow for this account, or null when it may not book for that profile. */
export async function bookingStateFor(
  account: SessionAccount,
  flow: Flow,
  raw: BookingQuery,
  at: Date = now(),
): Promise<BookingState | null> {
  const choices = await choicesFor(account, flow, raw, at);
  if (!choices) return null;
  const { asking, ...state } = choices;
  return { ...state, step: asking ?? (await gridStep(state, raw, at)) };
}

async function choicesFor(
  account: SessionAccount,
  flow: Flow,
  raw: BookingQuery,
  at: Date,
): Promise<Choices | null> {
  const settings = await findSchedulingSettings();
  const profile = await resolveAppointmentsProfile(account, clean(raw.profile), settings);
  if (!profile) return null;
  const today = localDateOf(at, settings.timeZone);
  const query: Record<string, string> = { profile: profile.id };
  const requestedStep = raw.step as StepName | undefined;
  const base = { flow, profile, timeZone: settings.timeZone, today, query } as const;

  if (flow === "emergency" && !settings.emergencyBookingEnabled) return null;

  let specialty: NamedOption | undefined;
  let practitioner: PractitionerOption | undefined;
  let site: SiteOption | undefined;
  let type: TypeOption | undefined;
  let siteStep = false;
  let firstMissing: Choices["asking"] | undefined;
  let editing: Choices["asking"] | undefined;

  if (flow === "regular") {
    const specialties = await listBookableSpecialties();
    specialty = pick(specialties, clean(raw.specialty));
    if (specialty) query.specialty = specialty.id;
    const specialtyStep = { name: "specialty", options: specialties } as const;
    if (!specialty) firstMissing ??= specialtyStep;
    if (requestedStep === "specialty") editing = specialtyStep;

    if (specialty) {
      const practitioners = await listBookablePractitioners(profile.id, specialty.id);
      practitioner = pick(practitioners, clean(raw.practitioner));
      if (practitioner) query.practitioner = practitioner.id;
      const practitionerStep = { name: "practitioner", options: practitioners } as const;
      if (!practitioner) firstMissing ??= practitionerStep;
      if (requestedStep === "practitioner") editing = practitionerStep;
    }
    if (practitioner) {
      const sites = await listPractitionerSites(practitioner.id);
      siteStep = sites.length > 1;
      site = sites.length === 1 ? sites[0] : pick(sites, clean(raw.site));
      if (site && siteStep) query.site = site.id;
      const sitesStep = { name: "site", options: sites } as const;
      if (!site) firstMissing ??= sitesStep;
      if (requestedStep === "site" && siteStep) editing = sitesStep;
    }
    if (specialty && practitioner && site) {
      const types = await listRegularTypes(specialty.id, practitioner.id);
      type = pick(types, clean(raw.type));
      if (type) query.type = type.id;
      const typeStep = { name: "type", options: types } as const;
      if (!type) firstMissing ??= typeStep;
      if (requestedStep === "type") editing = typeStep;
    }
  } else {
    const sites = await listActiveSites();
    siteStep = sites.length > 1;
    site = sites.length === 1 ? sites[0] : pick(sites, clean(raw.site));
    if (site && siteStep) query.site = site.id;
    const sitesStep = { name: "site", options: sites } as const;
    if (!site) firstMissing ??= sitesStep;
    if (requestedStep === "site" && siteStep) editing = sitesStep;
    const types = await listEmergencyTypes();
    type = pick(types, clean(raw.type));
    if (type) query.type = type.id;
    const typeStep = { name: "type", options: types } as const;
    if (!type) firstMissing ??= typeStep;
    if (requestedStep === "type") editing = typeStep;
  }

  // The emergency flow asks only for the reason and searches as soon as possible.
  const when =
    flow === "emergency"
      ? raw.when === "asap"
        ? ({ mode: "asap" } as const)
        : undefined
      : parseWhen(raw, today);
  if (when) {
    query.when = when.mode;
    if (when.mode === "after") query.after = when.after;
  }
  const whenStep = { name: flow === "emergency" ? "reason" : "when" } as const;
  if (!when) firstMissing ??= whenStep;
  if (requestedStep === "when" || requestedStep === "reason") editing = whenStep;

  return {
    ...base,
    specialty,
    practitioner,
    site,
    type,
    when,
    siteStep,
    asking: editing ?? firstMissing ?? null,
  };
}

/** Every choice made: the week of slots (the first week with one, unless the URL names a week). */
async function gridStep(state: BookingChoices, raw: BookingQuery, at: Date): Promise<GridStep> {
  const { type, site, practitioner, profile, today, query } = state;
  const settings = await findSchedulingSettings();
  const search = {
    typeId: type!.id,
    practitionerId: practitioner?.id,
    siteId: site!.id,
    audience: "patient" as const,
  };
  // "Any time after" a date: nothing before it, not even earlier days of its week.
  const firstDay = earliestDay(state.when, today);
  const notice = { taken: raw.taken === "1", unavailable: raw.unavailable === "1" };
  let week: LocalDate | null = raw.week && isLocalDate(raw.week) ? mondayOf(raw.week) : null;
  if (week && week < mondayOf(firstDay)) week = mondayOf(firstDay);
  week ??= await firstWeekWithSlot({ ...search, after: firstDay }, undefined, at);
  const lastDay = addDays(today, settings.maxBookingHorizonDays);
  if (!week)
    return { name: "grid", week: null, days: [], previousWeek: null, nextWeek: null, ...notice };
  query.week = week;
  const found = (await searchSlots({ ...search, from: week, days: 7 }, undefined, at)).filter(
    (s) => localDateOf(s.startsAt, settings.timeZone) >= firstDay,
  );
  const slots = practitioner ? found : onePerTime(found, profile.id);
  const names = new Map(
    (await findPractitionerNames([...new Set(slots.map((s) => s.practitionerId))])).map((p) => [
      p.id,
      [p.title, p.firstName, p.lastName].filter(Boolean).join(" "),
    ]),
  );
  const days = groupWeek(slots, week, settings.timeZone, names);
  const previousWeek = addDays(week, -7) >= mondayOf(firstDay) ? addDays(week, -7) : null;
  const nextWeek = addDays(week, 7) <= lastDay ? addDays(week, 7) : null;
  return { name: "grid", week, days, previousWeek, nextWeek, ...notice };
}

/** The first day the grid may offer: today, or the chosen date of "any time after". */
function earliestDay(when: BookingState["when"], today: LocalDate): LocalDate {
  return when?.mode === "after" && when.after > today ? when.after : today;
}

/** Search params as Next gives them (a repeated key is an array): keep single strings only. */
function singleValues(query: Record<string, string | string[] | undefined>): BookingQuery {
  return Object.fromEntries(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
}

export async function loadBookingState(
  flow: Flow,
  query: Record<string, string | string[] | undefined>,
) {
  const account = await requirePatient();
  const state = await bookingStateFor(account, flow, singleValues(query));
  if (!state) notFound();
  return state;
}

/** The confirmation page: the chosen slot with everything the patient checks before booking. */
export async function bookingConfirmationFor(
  account: SessionAccount,
  flow: Flow,
  raw: BookingQuery,
  at: Date = now(),
) {
  const { start, ...rest } = raw;
  // The choices only: the week's grid is not shown here, and the slot is checked against its own day.
  const choices = await choicesFor(account, flow, { ...rest, step: undefined }, at);
  if (!choices) return null;
  const { asking, ...state } = choices;
  // The way back keeps the week the patient was looking at.
  if (raw.week && isLocalDate(raw.week)) state.query.week = mondayOf(raw.week);
  if (asking || !state.type || !state.site) return { state, slot: null };
  const startsAt = start ? new Date(start) : null;
  if (!startsAt || Number.isNaN(startsAt.getTime())) return { state, slot: null };
  // The slot must be one the grid offers now; someone may have taken it since.
  const day = localDateOf(startsAt, state.timeZone);
  if (day < earliestDay(state.when, state.today)) return { state, slot: null };
  const practitionerId = state.practitioner?.id ?? clean(raw.practitioner);
  const search = { typeId: state.type.id, siteId: state.site.id, audience: "patient" as const };
  const asked = (
    await searchSlots({ ...search, practitionerId, from: day, days: 1 }, undefined, at)
  ).find(
    (s) =>
      s.startsAt.getTime() === startsAt.getTime() &&
      (!practitionerId || s.practitionerId === practitionerId),
  );
  // Taken meanwhile (the grid was older, or a booking just lost the race): the
  // next free time as the grid would offer it, so the patient confirms again
  // instead of going back to the grid and racing for its first time once more.
  const slot = asked ?? (await nextFreeSlot(state, search, startsAt, at));
  if (!slot) return { state, slot: null };
  const [names, site, settings] = await Promise.all([
    findPractitionerNames([slot.practitionerId]),
    findSite(slot.siteId),
    findSchedulingSettings(),
  ]);
  const practitioner = names[0];
  if (!practitioner || !site) return { state, slot: null };
  // Told before booking: a time inside the cut-off can only be cancelled by phone.
  const cancellableOnline = cancelDecision(
    { status: "booked", startsAt: slot.startsAt },
    settings,
    at,
  ).allowed;
  return {
    state,
    slot: { startsAt: slot.startsAt, endsAt: slot.endsAt, practitioner, site, type: state.type },
    /** The time asked for was taken: this is the next free one. */
    replaced: !asked,
    cancellation: {
      online: cancellableOnline,
      cutoffHours: settings.cancellationCutoffHours,
      phone: settings.phone || site.phone || null,
    },
  };
}

/** The first slot from `after` on, in the week that follows, as the grid offers them (one per time when no practitioner was chosen). */
async function nextFreeSlot(
  state: BookingChoices,
  search: { typeId: string; siteId: string; audience: "patient" },
  after: Date,
  at: Date,
) {
  const found = await searchSlots(
    {
      ...search,
      practitionerId: state.practitioner?.id,
      from: localDateOf(after, state.timeZone),
      days: 7,
    },
    undefined,
    at,
  );
  const offered = state.practitioner ? found : onePerTime(found, state.profile.id);
  return offered
    .filter((s) => s.startsAt.getTime() >= after.getTime())
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
}

export async function loadBookingConfirmation(
  flow: Flow,
  query: Record<string, string | string[] | undefined>,
) {
  const account = await requirePatient();
  const result = await bookingConfirmationFor(account, flow, singleValues(query));
  if (!result) notFound();
  return result;
}
