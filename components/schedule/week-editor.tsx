"use client";
// A practitioner's whole week at one site in one form: each day's time ranges
// with their appointment types, "copy this day to…", and one validity for the
// week. Saving checks everything first (each error beside its field, nothing
// saved, nothing typed lost); a week that would leave booked appointments
// outside shows them before anything is saved, and the saved week shows what
// changed.
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { CheckboxGroup } from "@/components/catalog/inputs";
import { Field } from "@/components/forms/field";
import { FormAlert } from "@/components/forms/form-alert";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionState } from "@/lib/actions/result";
import { saveWeekAction } from "@/lib/availability/actions";
import { formatClock, parseClock } from "@/lib/availability/clock";
import type { WeekOutcome } from "@/lib/availability/mutations";
import { copyDay, rangeField, WEEKDAYS, type WeekBlock } from "@/lib/availability/week";
import { formatMinuteOfDay, formatWeekday } from "@/lib/time/format";
import { ConflictList } from "./conflict-list";
import { useScheduleForm } from "./use-schedule-form";
import { WeekChangesSummary } from "./week-changes";

type Named = { id: string; nameEn: string; nameFr: string };
type Row = { key: string; start: string; end: string; typeIds: string[] };

let lastKey = 0;
const newKey = () => `n${++lastKey}`;

const fieldClass =
  "mt-1 block min-h-11 w-full rounded-md border border-gray-400 bg-white px-3 aria-[invalid=true]:border-danger";
const secondaryButton =
  "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-4 py-2 text-left font-semibold text-brand-800 hover:bg-brand-50";

function initialDays(blocks: WeekBlock[]): Row[][] {
  const days: Row[][] = Array.from({ length: 7 }, () => []);
  blocks.forEach((b, i) =>
    days[b.weekday]!.push({
      key: `b${i}`,
      start: formatClock(b.start),
      end: formatClock(b.end),
      typeIds: b.typeIds,
    }),
  );
  return days;
}

export function WeekEditor({
  practitionerId,
  siteId,
  types,
  blocks,
  validFrom,
  validUntil,
  timeZone,
}: {
  practitionerId: string;
  siteId: string;
  types: Named[];
  blocks: WeekBlock[];
  validFrom: string;
  validUntil: string | null;
  timeZone: string;
}) {
  const t = useTranslations("adminAvailability");
  const locale = useLocale();
  const { state, pending, onSubmit, err, errorText } = useScheduleForm(
    saveWeekAction,
    "adminAvailability",
  );
  const [days, setDays] = useState(() => initialDays(blocks));
  const [dismissed, setDismissed] = useState<ActionState<WeekOutcome>>(null);
  const visible = state !== dismissed;
  const outcome = visible && state?.ok ? state.data : null;
  const confirming = outcome && !outcome.saved ? outcome : null;

  const setDay = (weekday: number, rows: Row[]) =>
    setDays((all) => all.map((r, d) => (d === weekday ? rows : r)));
  const typeOptions = types.map((ty) => ({
    value: ty.id,
    label: locale === "fr" ? ty.nameFr : ty.nameEn,
  }));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <input type="hidden" name="practitionerId" value={practitionerId} />
      <input type="hidden" name="siteId" value={siteId} />
      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <Field
          name="validFrom"
          type="date"
          label={t("fields.validFrom")}
          hint={t("week.validFromHint")}
          required
          defaultValue={validFrom}
          error={err("validFrom")}
          className={fieldClass}
        />
        <Field
          name="validUntil"
          type="date"
          label={t("fields.validUntil")}
          hint={t("week.validUntilHint")}
          defaultValue={validUntil ?? ""}
          error={err("validUntil")}
          className={fieldClass}
        />
      </div>
      <ol className="space-y-4">
        {WEEKDAYS.map((weekday) => (
          <DayEditor
            key={weekday}
            weekday={weekday}
            rows={days[weekday]!}
            onChange={(rows) => setDay(weekday, rows)}
            onCopy={(targets) =>
              setDays((all) => copyDay(all, weekday, targets, (r) => ({ ...r, key: newKey() })))
            }
            typeOptions={typeOptions}
            err={err}
          />
        ))}
      </ol>
      {visible && state && !state.ok && (
        <FormAlert tone="error">
          {state.code === "invalid"
            ? `${t("errors.checkFields")}${state.fields?.form ? ` ${errorText(state.fields.form)}` : ""}`
            : errorText(state.code)}
        </FormAlert>
      )}
      {confirming && (
        <>
          <WeekChangesSummary changes={confirming.changes} types={types} preview />
          <ConflictList
            conflicts={confirming.conflicts}
            timeZone={timeZone}
            pending={pending}
            onBack={() => setDismissed(state)}
          />
        </>
      )}
      {outcome?.saved && (
        <WeekChangesSummary
          changes={outcome.changes}
          types={types}
          conflicts={outcome.conflicts}
          timeZone={timeZone}
        />
      )}
      {!confirming && (
        <SubmitButton pending={pending} pendingLabel={t("saving")} className="w-full sm:w-auto">
          {t("week.save")}
        </SubmitButton>
      )}
    </form>
  );
}

function DayEditor({
  weekday,
  rows,
  onChange,
  onCopy,
  typeOptions,
  err,
}: {
  weekday: number;
  rows: Row[];
  onChange: (rows: Row[]) => void;
  onCopy: (targets: number[]) => void;
  typeOptions: { value: string; label: string }[];
  err: (name: string) => string | undefined;
}) {
  const t = useTranslations("adminAvailability");
  const locale = useLocale();
  const headingId = useId();
  const day = formatWeekday(weekday, locale);
  const update = (key: string, change: Partial<Row>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const label = (r: Row) => {
    const start = parseClock(r.start);
    const end = parseClock(r.end);
    return start !== null && end !== null
      ? t("blockSummary", {
          weekday: day,
          start: formatMinuteOfDay(start, locale),
          end: formatMinuteOfDay(end, locale),
        })
      : day;
  };
  return (
    <li
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg border border-gray-300 p-3 sm:p-4"
    >
      <h3 id={headingId} className="text-lg font-semibold capitalize">
        {day}
      </h3>
      {rows.length === 0 && <p className="text-muted">{t("week.closed")}</p>}
      <ul className="space-y-3">
        {rows.map((r, i) => {
          const name = (part: "start" | "end" | "types") => rangeField(part, weekday, r.key);
          return (
            <li key={r.key}>
              {/* A fieldset, so each range's fields are announced with their range. */}
              <fieldset className="space-y-3 rounded-md bg-gray-50 p-3">
                <legend className="float-left w-full font-medium">
                  {t("week.rangeNumber", { number: i + 1 })}
                </legend>
                <div className="clear-left grid gap-3 sm:grid-cols-2">
                  <Field
                    name={name("start")}
                    type="time"
                    step={300}
                    label={t("fields.start")}
                    required
                    value={r.start}
                    onChange={(e) => update(r.key, { start: e.target.value })}
                    error={err(name("start"))}
                    className={fieldClass}
                  />
                  <Field
                    name={name("end")}
                    type="time"
                    step={300}
                    label={t("fields.end")}
                    required
                    value={r.end}
                    onChange={(e) => update(r.key, { end: e.target.value })}
                    error={err(name("end"))}
                    className={fieldClass}
                  />
                </div>
                <CheckboxGroup
                  name={name("types")}
                  legend={t("fields.types")}
                  error={err(name("types"))}
                  options={typeOptions}
                  checked={r.typeIds}
                  onToggle={(value, on) =>
                    update(r.key, {
                      typeIds: on ? [...r.typeIds, value] : r.typeIds.filter((v) => v !== value),
                    })
                  }
                  empty={t("fields.noTypes")}
                />
                <button
                  type="button"
                  onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                  className="inline-flex min-h-11 items-center rounded-md border border-red-700 bg-white px-4 font-semibold text-danger hover:bg-red-50"
                >
                  {t("week.removeRange")}
                  <span className="sr-only"> {label(r)}</span>
                </button>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <CopyDay weekday={weekday} day={day} onCopy={onCopy}>
        <button
          type="button"
          onClick={() =>
            onChange([
              ...rows,
              {
                key: newKey(),
                start: rows.length ? "13:00" : "09:00",
                end: rows.length ? "16:00" : "12:00",
                typeIds: [],
              },
            ])
          }
          className={secondaryButton}
        >
          {t("week.addRange")}
          <span className="sr-only"> ({day})</span>
        </button>
      </CopyDay>
    </li>
  );
}

/** "Copy this day to…": tick the days, then copy; their ranges are replaced. `children` sit beside its button. */
function CopyDay({
  weekday,
  day,
  onCopy,
  children,
}: {
  weekday: number;
  day: string;
  onCopy: (targets: number[]) => void;
  children: ReactNode;
}) {
  const t = useTranslations("adminAvailability.week");
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const [targets, setTargets] = useState<number[]>([]);
  const [done, setDone] = useState<string | null>(null);
  const panelId = useId();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-3">
        {children}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => {
            setOpen(!open);
            setDone(null);
          }}
          className={secondaryButton}
        >
          {t("copyDay", { day })}
        </button>
      </div>
      <div id={panelId} hidden={!open} className="space-y-2">
        <fieldset>
          <legend className="font-medium">{t("copyTo", { day })}</legend>
          <ul className="grid grid-cols-1 gap-x-4 min-[360px]:grid-cols-2 sm:grid-cols-4">
            {WEEKDAYS.filter((d) => d !== weekday).map((d) => (
              <li key={d}>
                <label className="flex min-h-11 items-center gap-3">
                  <input
                    type="checkbox"
                    checked={targets.includes(d)}
                    onChange={(e) =>
                      setTargets(
                        e.target.checked ? [...targets, d] : targets.filter((x) => x !== d),
                      )
                    }
                    className="size-5 shrink-0"
                  />
                  <span className="capitalize">{formatWeekday(d, locale)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p className="text-sm text-muted">{t("copyHint")}</p>
        <button
          type="button"
          onClick={() => {
            if (targets.length === 0) return setDone(t("chooseDays"));
            onCopy(targets);
            setDone(
              t("copied", {
                day,
                days: targets
                  .sort((a, b) => WEEKDAYS.indexOf(a as never) - WEEKDAYS.indexOf(b as never))
                  .map((d) => formatWeekday(d, locale))
                  .join(", "),
                count: targets.length,
              }),
            );
            setTargets([]);
            setOpen(false);
          }}
          className={secondaryButton}
        >
          {t("copy", { day })}
        </button>
      </div>
      <p role="status" className="text-sm">
        {done}
      </p>
    </div>
  );
}
