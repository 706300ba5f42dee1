// The clinic side of appointments, in both languages: a staff member opens
// Saturdays for a practitioner in the weekly editor, books Jean Gagnon into it, sees the
// conflict list when adding time off over that booking (and goes back), then
// cancels it with a reason, which Jean reads in his appointment's details.
// Then staff write the note of a seeded past visit and record it as a no-show
// and back to completed, which the patient reads in that visit's details.
// Every staff page passes axe at 360 and 1280 px.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/credentials";
import {
  expect,
  expectNoAxeViolations,
  login,
  setViewport,
  test,
  VIEWPORTS,
  type Locale,
} from "./fixtures";

const TZ = "America/Toronto";

const copy = {
  en: {
    practitioner: "Dr Samuel Okafor",
    availabilityOf: "Availability of Dr Samuel Okafor",
    saturday: "Saturday",
    addRange: "Add a time range",
    end: "End time",
    saveWeek: "Save the week",
    weekSaved: "The week was saved. What changed:",
    saturdayBlock: "Saturday, 9:00 a.m.–11:00 a.m.",
    exceptions: "Add or remove time off and extra blocks",
    search: "Search by name or date of birth",
    searchButton: "Search",
    choose: "Choose Jean Gagnon",
    practitionerLabel: "Practitioner",
    typeLabel: "Appointment type",
    type: "Follow-up visit (15 min)",
    blockType: "Follow-up visit",
    showSlots: "Show available times",
    reasonLabel: "Reason for the visit",
    book: "Book the appointment",
    booked: "The appointment was booked.",
    open: "Open the appointment",
    timeOff: "Add time off",
    from: "From",
    until: "Until",
    addTimeOff: "Add the time off",
    conflict: "1 booked appointment would be outside the availability",
    back: "Go back",
    noException: "No upcoming time off or extra block.",
    cancelLabel: "Reason for the cancellation",
    cancel: "Cancel the appointment",
    cancelled: "The appointment was cancelled.",
    cancelledStatus: "Cancelled",
    visitReason: "Knee pain after running (e2e en)",
    cancelReason: "Dr. Okafor is at a conference that Saturday (e2e en).",
    patientCancelled: "Cancelled by the clinic:",
    book_title: "Appointment book",
    settings: "Scheduling settings",
    reminders: "Reminder lead times (hours before)",
    saveSettings: "Save the settings",
    reminderError: "Each reminder must be between 1 and 336 hours before.",
    // A seeded visit three weeks ago (completed, with a note), of Jean with Dr. Okafor.
    pastPatient: { email: DEMO_ACCOUNTS.adult, name: "Jean Gagnon" },
    noteRegion: "Note for this visit",
    noteLabel: "Clinic's note",
    saveNote: "Save the note",
    noteSaved: "The note was saved.",
    attendance: "Attendance",
    markNoShow: "Mark as no-show",
    markCompleted: "Mark as completed",
    attendanceDone: "Attendance recorded.",
    staffNoShow: "No-show",
    staffCompleted: "Completed",
    history: "Appointment history",
    patientNoteLabel: "Note from the clinic",
    patientNoShow: "Missed",
    patientCompleted: "Completed",
  },
  fr: {
    practitioner: "Dre Julie Nguyen",
    availabilityOf: "Disponibilités de Dre Julie Nguyen",
    saturday: "samedi",
    addRange: "Ajouter une plage horaire",
    end: "Heure de fin",
    saveWeek: "Enregistrer la semaine",
    weekSaved: "La semaine a été enregistrée. Ce qui a changé :",
    saturdayBlock: "samedi, 9 h 00 à 11 h 00",
    exceptions: "Ajouter ou supprimer des absences et des plages supplémentaires",
    search: "Rechercher par nom ou date de naissance",
    searchButton: "Rechercher",
    choose: "Choisir Jean Gagnon",
    practitionerLabel: "Professionnel",
    typeLabel: "Type de rendez-vous",
    type: "Visite de suivi (15 min)",
    blockType: "Visite de suivi",
    showSlots: "Afficher les heures disponibles",
    reasonLabel: "Motif de la visite",
    book: "Réserver le rendez-vous",
    booked: "Le rendez-vous a été réservé.",
    open: "Ouvrir le rendez-vous",
    timeOff: "Ajouter une absence",
    from: "Du",
    until: "Au",
    addTimeOff: "Ajouter l’absence",
    conflict: "1 rendez-vous réservé serait hors des disponibilités",
    back: "Revenir",
    noException: "Aucune absence ni plage supplémentaire à venir.",
    cancelLabel: "Motif de l’annulation",
    cancel: "Annuler le rendez-vous",
    cancelled: "Le rendez-vous a été annulé.",
    cancelledStatus: "Annulé",
    visitReason: "Douleur au genou après la course (e2e fr)",
    cancelReason: "La Dre Nguyen est en congrès ce samedi-là (e2e fr).",
    patientCancelled: "Annulé par la clinique",
    book_title: "Agenda des rendez-vous",
    settings: "Paramètres de prise de rendez-vous",
    reminders: "Délais des rappels (heures avant)",
    saveSettings: "Enregistrer les paramètres",
    reminderError: "Chaque rappel doit être entre 1 et 336 heures avant.",
    // A seeded visit three weeks ago (completed, with a note), of Sophie with Dr. Lefebvre.
    pastPatient: { email: DEMO_ACCOUNTS.patient, name: "Sophie Tremblay" },
    noteRegion: "Note pour cette visite",
    noteLabel: "Note de la clinique",
    saveNote: "Enregistrer la note",
    noteSaved: "La note a été enregistrée.",
    attendance: "Présence",
    markNoShow: "Marquer comme absence",
    markCompleted: "Marquer comme terminé",
    attendanceDone: "Présence enregistrée.",
    staffNoShow: "Absence",
    staffCompleted: "Terminé",
    history: "Historique des rendez-vous",
    patientNoteLabel: "Note de la clinique",
    patientNoShow: "Manqué",
    patientCompleted: "Terminé",
  },
} as const;

/** YYYY-MM-DD of an instant in the clinic's zone. */
/** The appointment id at the end of a staff appointment page's address. */
function idOf(url: string): string {
  const id = new URL(url).pathname.split("/").pop();
  expect(id).toBeTruthy();
  return id!;
}

function localDate(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

/**
 * The Saturday 7 to 13 days from now (clinic time): in the future, with room
 * for the week grid, and past the demo seed's visits (the furthest is 6 days
 * ahead, which on a Sunday is a Saturday and would join the conflict list).
 */
function nextSaturday(): string {
  for (let days = 7; days < 14; days++) {
    const date = localDate(new Date(Date.now() + days * 86_400_000));
    if (new Date(`${date}T12:00:00Z`).getUTCDay() === 6) return date;
  }
  throw new Error("no Saturday");
}

/** The UTC ISO string of a local wall-clock time in the clinic's zone. */
function utcOf(date: string, hhmm: string): string {
  for (const offset of [4, 5]) {
    const candidate = new Date(`${date}T${hhmm}:00Z`);
    candidate.setUTCHours(candidate.getUTCHours() + offset);
    const wall = new Intl.DateTimeFormat("en-GB", {
      timeZone: TZ,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(candidate);
    if (wall === hhmm && localDate(candidate) === date) return candidate.toISOString();
  }
  throw new Error(`no UTC instant for ${date} ${hhmm}`);
}

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];

  test.describe(`staff appointments in ${locale}`, () => {
    test("Saturday hours, a booking in them, the conflict list for time off, a clinic cancellation the patient reads", async ({
      page,
      browser,
    }) => {
      test.setTimeout(240_000);
      const saturday = nextSaturday();
      await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, locale);

      // 1. Saturdays 09:00–11:00 in the weekly editor (a new range starts at 09:00).
      await page.goto(`/${locale}/admin/availability`);
      await page.getByRole("link", { name: t.availabilityOf }).click();
      const saturdayDay = page.getByRole("listitem", { name: t.saturday, exact: true });
      await saturdayDay.getByRole("button", { name: new RegExp(`^${t.addRange}`) }).click();
      await saturdayDay.getByLabel(new RegExp(`^${t.end}`)).fill("11:00");
      await saturdayDay.getByRole("checkbox", { name: t.blockType, exact: true }).check();
      await page.getByRole("button", { name: t.saveWeek }).click();
      const saved = page.getByRole("region", { name: t.weekSaved });
      await expect(saved).toContainText(t.saturdayBlock);

      // 2. Book Jean Gagnon into it.
      await page.goto(`/${locale}/admin/appointments/new`);
      await page.getByLabel(t.search).fill("Gagnon");
      await page.getByRole("button", { name: t.searchButton, exact: true }).click();
      await page.getByRole("link", { name: t.choose }).click();
      await page.getByLabel(t.practitionerLabel).selectOption({ label: t.practitioner });
      await page.getByLabel(t.typeLabel).selectOption({ label: t.type });
      await page.getByRole("button", { name: t.showSlots }).click();
      await expect(page).toHaveURL(/typeId=/);
      await page.goto(`${page.url()}&week=${saturday}`);
      const nine = utcOf(saturday, "09:00");
      await page.locator(`input[type="radio"][value$="|${nine}"]`).check();
      await page.getByLabel(t.reasonLabel).fill(t.visitReason);
      await page.getByRole("button", { name: t.book }).click();
      await expect(page.getByRole("status")).toHaveText(new RegExp(t.booked));
      await page.getByRole("link", { name: t.open }).click();
      await expect(page.getByText(t.visitReason)).toBeVisible();
      const appointmentUrl = page.url();

      // 3. Time off over it: the conflict list, then back, and nothing saved.
      await page.goto(`/${locale}/admin/availability`);
      await page.getByRole("link", { name: t.availabilityOf }).click();
      await page.getByRole("link", { name: t.exceptions }).click();
      const timeOff = page.getByRole("region", { name: t.timeOff });
      await timeOff.getByLabel(t.from).fill(`${saturday}T08:00`);
      await timeOff.getByLabel(t.until).fill(`${saturday}T12:00`);
      await timeOff.getByRole("button", { name: t.addTimeOff }).click();
      const conflicts = timeOff.getByRole("region", { name: t.conflict });
      await expect(conflicts).toBeVisible();
      await expect(conflicts.getByRole("listitem")).toHaveCount(1);
      await expect(conflicts.getByRole("listitem")).toContainText("Jean Gagnon");
      await expectNoAxeViolations(page, { context: `availability conflicts ${locale}` });
      await conflicts.getByRole("button", { name: t.back }).click();
      await expect(conflicts).toBeHidden();
      await expect(timeOff.getByRole("button", { name: t.addTimeOff })).toBeVisible();
      await page.reload();
      await expect(page.getByText(t.noException)).toBeVisible();

      // 4. The clinic cancels it with a reason.
      await page.goto(appointmentUrl);
      await page.getByLabel(t.cancelLabel).fill(t.cancelReason);
      await page.getByRole("button", { name: t.cancel }).click();
      await expect(page.getByRole("status")).toHaveText(new RegExp(t.cancelled));
      await page.reload();
      await expect(page.getByText(t.cancelledStatus, { exact: true })).toBeVisible();
      await expect(page.getByText(t.cancelReason)).toBeVisible();

      // 5. Jean sees it cancelled in his tab, and the reason on the appointment's page.
      const patient = await browser.newPage();
      await login(patient, DEMO_ACCOUNTS.adult, DEMO_PASSWORD, locale);
      await patient.goto(`/${locale}/appointments`);
      const row = patient.locator(`a[href$="/appointments/${idOf(appointmentUrl)}"]`);
      await expect(row).toContainText(t.cancelledStatus);
      await row.click();
      const item = patient.getByRole("main");
      await expect(item.getByText(t.patientCancelled)).toBeVisible();
      await expect(item.getByText(t.cancelReason)).toBeVisible();
      await patient.close();
    });

    test("staff write a past visit's note and record it as a no-show, then completed; the patient reads both in its details", async ({
      page,
      browser,
    }) => {
      test.setTimeout(180_000);
      const note = `Bring your blood test results next time (e2e ${locale} ${Date.now()}).`;
      const who = t.pastPatient.name;
      await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, locale);

      // The seeded visit of 21 days ago, from the book's week that holds it.
      await page.goto(
        `/${locale}/admin/appointments?view=week&date=${localDate(new Date(Date.now() - 21 * 86_400_000))}`,
      );
      await expect(page.getByRole("heading", { level: 1, name: t.book_title })).toBeVisible();
      await page.getByRole("link", { name: new RegExp(who) }).click();
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(who) })).toBeVisible();
      await expect(page.getByText(t.staffCompleted, { exact: true })).toBeVisible();
      const appointmentUrl = page.url();

      // The note for the visit.
      const noteRegion = page.getByRole("region", { name: t.noteRegion });
      await noteRegion.getByLabel(t.noteLabel).fill(note);
      await noteRegion.getByRole("button", { name: t.saveNote }).click();
      await expect(noteRegion.getByRole("status")).toHaveText(t.noteSaved);

      // Attendance: it has started (three weeks ago), so it can be recorded.
      const attendance = page.getByRole("region", { name: t.attendance });
      await attendance.getByRole("button", { name: t.markNoShow }).click();
      await expect(attendance.getByRole("status")).toHaveText(t.attendanceDone);
      await expect(page.getByText(t.staffNoShow, { exact: true })).toBeVisible();
      await page.reload();
      await expect(page.getByText(t.staffNoShow, { exact: true })).toBeVisible();
      await expect(
        page.getByRole("region", { name: t.noteRegion }).getByLabel(t.noteLabel),
      ).toHaveValue(note);

      // The patient sees it missed in the history, and the note on the visit's page.
      const patient = await browser.newPage();
      await login(patient, t.pastPatient.email, DEMO_PASSWORD, locale);
      await patient.goto(`/${locale}/appointments`);
      const row = patient
        .getByRole("region", { name: t.history })
        .locator(`a[href$="/appointments/${idOf(appointmentUrl)}"]`);
      await expect(row).toContainText(t.patientNoShow);
      await expect(row).not.toContainText(note);
      await row.click();
      const item = patient.getByRole("main");
      await expect(item.getByText(t.patientNoteLabel, { exact: true })).toBeVisible();
      await expect(item.getByText(note)).toBeVisible();

      // Staff correct it to completed (as the seed had it); the patient's page follows.
      await page.goto(appointmentUrl);
      await page
        .getByRole("region", { name: t.attendance })
        .getByRole("button", { name: t.markCompleted })
        .click();
      await expect(page.getByRole("region", { name: t.attendance }).getByRole("status")).toHaveText(
        t.attendanceDone,
      );
      await expect(page.getByText(t.staffCompleted, { exact: true })).toBeVisible();
      await patient.reload();
      await expect(item.getByText(t.patientCompleted, { exact: true })).toBeVisible();
      await expect(item.getByText(t.patientNoShow, { exact: true })).toHaveCount(0);
      await patient.close();
    });

    for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      test(`every staff appointments page passes axe at ${VIEWPORTS[size].width}px`, async ({
        page,
      }) => {
        // Eight pages and eight axe scans on a shared 2-core machine.
        test.setTimeout(240_000);
        await setViewport(page, size);
        await login(page, DEMO_ACCOUNTS.admin, DEMO_PASSWORD, locale);
        const check = async (what: string) =>
          expectNoAxeViolations(page, { context: `${what} ${locale} ${size}` });

        await page.goto(`/${locale}/admin/availability`);
        await check("availability index");
        await page
          .getByRole("link", {
            name: `${locale === "en" ? "Availability of" : "Disponibilités de"} Dr Samuel Okafor`,
          })
          .click();
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Okafor");
        await check("practitioner availability");
        await page.getByRole("link", { name: t.exceptions }).click();
        await expect(page.getByRole("heading", { level: 1 })).toContainText("Okafor");
        await check("time off and extra blocks");

        await page.goto(`/${locale}/admin/appointments?view=week`);
        await expect(page.getByRole("heading", { level: 1, name: t.book_title })).toBeVisible();
        await check("book week");
        // The seeded visits: open one and check its page.
        await page.goto(
          `/${locale}/admin/appointments?view=week&date=${localDate(new Date(Date.now() + 6 * 86_400_000))}`,
        );
        await page
          .getByRole("link", { name: /Gagnon/ })
          .first()
          .click();
        await expect(page.getByRole("heading", { level: 1, name: /Jean Gagnon/ })).toBeVisible();
        await check("appointment");

        await page.goto(`/${locale}/admin/appointments/new?q=Gagnon`);
        await check("booking search");
        await page.getByRole("link", { name: copy[locale].choose }).click();
        await page.getByLabel(t.practitionerLabel).selectOption({ label: "Dr Samuel Okafor" });
        await page.getByLabel(t.typeLabel).selectOption({ label: t.type });
        await page.getByRole("button", { name: t.showSlots }).click();
        await expect(page.getByRole("radio").first()).toBeVisible({ timeout: 20_000 });
        await check("booking grid");

        await page.goto(`/${locale}/admin/scheduling`);
        await expect(page.getByRole("heading", { level: 1, name: t.settings })).toBeVisible();
        await page.getByLabel(t.reminders).fill("72, 400");
        await page.getByRole("button", { name: t.saveSettings }).click();
        await expect(page.getByText(t.reminderError)).toBeVisible();
        await check("scheduling settings");
      });
    }
  });
}
