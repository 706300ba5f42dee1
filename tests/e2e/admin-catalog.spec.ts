// The clinic's scheduling catalog, in both languages: a staff member (not an
// admin: any staff role manages the catalog) adds a site, a specialty, a
// practitioner working there in that specialty, and an emergency appointment
// type (refused first without its descriptions, with the reason under each
// field), then sets a patient's assigned practitioner. Every catalog page passes
// axe at phone and desktop widths; a patient gets none of them (AC-6).
import { randomBytes } from "node:crypto";
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

const copy = {
  en: {
    nav: {
      sites: "Sites",
      specialties: "Specialties",
      practitioners: "Practitioners",
      types: "Appointment types",
    },
    add: "Add",
    save: "Save the changes",
    saved: "The changes were saved.",
    checkFields: "Some fields need your attention",
    open: "Open it to review or edit",
    addSite: "Add a site",
    siteCreated: "The site was added.",
    nameEn: "Name in English",
    nameFr: "Name in French",
    kind: "Kind of site",
    address: "Street address",
    city: "City",
    postalCode: "Postal code",
    phone: "Phone (optional)",
    addressRequired: "A physical site needs its street address.",
    addSpecialty: "Add a specialty",
    specialtyCreated: "The specialty was added.",
    duplicate: "Another specialty already has this English name.",
    addPractitioner: "Add a practitioner",
    practitionerCreated: "The practitioner was added.",
    firstName: "First name",
    lastName: "Last name",
    addType: "Add an appointment type",
    typeCreated: "The appointment type was added.",
    duration: "Duration (minutes)",
    typeKind: "Kind of appointment",
    specialty: "Specialty",
    descriptionEn: "Description in English",
    descriptionFr: "Description in French",
    descriptionRequired: "An emergency type needs this description",
    emergency: "Emergency",
    assigned: "Assigned practitioner",
    assignSave: "Save the practitioner",
    assignSaved: "The assigned practitioner was saved.",
    edit: (name: string) => `Edit ${name}`,
  },
  fr: {
    nav: {
      sites: "Sites",
      specialties: "Spécialités",
      practitioners: "Professionnels",
      types: "Types de rendez-vous",
    },
    add: "Ajouter",
    save: "Enregistrer les modifications",
    saved: "Les modifications ont été enregistrées.",
    checkFields: "Certains champs sont à corriger",
    open: "L’ouvrir pour le vérifier ou le modifier",
    addSite: "Ajouter un site",
    siteCreated: "Le site a été ajouté.",
    nameEn: "Nom en anglais",
    nameFr: "Nom en français",
    kind: "Type de site",
    address: "Adresse",
    city: "Ville",
    postalCode: "Code postal",
    phone: "Téléphone (facultatif)",
    addressRequired: "Un site physique doit avoir son adresse.",
    addSpecialty: "Ajouter une spécialité",
    specialtyCreated: "La spécialité a été ajoutée.",
    duplicate: "Une autre spécialité porte déjà ce nom anglais.",
    addPractitioner: "Ajouter un professionnel",
    practitionerCreated: "Le professionnel a été ajouté.",
    firstName: "Prénom",
    lastName: "Nom de famille",
    addType: "Ajouter un type de rendez-vous",
    typeCreated: "Le type de rendez-vous a été ajouté.",
    duration: "Durée (minutes)",
    typeKind: "Type de rendez-vous",
    specialty: "Spécialité",
    descriptionEn: "Description en anglais",
    descriptionFr: "Description en français",
    descriptionRequired: "Un type d’urgence doit avoir cette description",
    emergency: "Urgence",
    assigned: "Professionnel attitré",
    assignSave: "Enregistrer le professionnel",
    assignSaved: "Le professionnel attitré a été enregistré.",
    edit: (name: string) => `Modifier ${name}`,
  },
} as const;

for (const locale of ["en", "fr"] as Locale[]) {
  const t = copy[locale];
  /** The name a row shows in this language. */
  const local = (en: string, fr: string) => (locale === "fr" ? fr : en);

  test.describe(`catalog in ${locale}`, () => {
    test("staff add a site, a specialty, a practitioner and an emergency type, then assign the practitioner to a patient", async ({
      page,
    }) => {
      test.setTimeout(180_000);
      const suffix = randomBytes(3).toString("hex");
      const site = { en: `Laval site ${suffix}`, fr: `Site de Laval ${suffix}` };
      const specialty = { en: `Dermatology ${suffix}`, fr: `Dermatologie ${suffix}` };
      const lastName = `Catalog${suffix}`;
      const type = { en: `Skin emergency ${suffix}`, fr: `Urgence cutanée ${suffix}` };

      await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, locale);
      await page.goto(`/${locale}/admin`);

      // A site: refused without its address, then added; the postal code and phone are formatted.
      await page.getByRole("link", { name: t.nav.sites, exact: true }).click();
      await page.getByRole("link", { name: t.addSite }).click();
      await page.getByLabel(t.nameEn).fill(site.en);
      await page.getByLabel(t.nameFr).fill(site.fr);
      await page.getByLabel(t.postalCode).fill("h7n 1a1");
      await page.getByLabel(t.phone).fill("450 555 0142");
      await page.getByRole("button", { name: t.add, exact: true }).click();
      await expect(page.getByText(t.addressRequired)).toBeVisible();
      await expect(page.getByLabel(t.address)).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByLabel(t.nameEn)).toHaveValue(site.en);
      await page.getByLabel(t.address).fill("1 boulevard de l'Avenir");
      await page.getByLabel(t.city).fill("Laval");
      await page.getByRole("button", { name: t.add, exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: t.siteCreated })).toBeVisible();
      await page.getByRole("link", { name: t.open }).click();
      await expect(page.getByLabel(t.postalCode)).toHaveValue("H7N 1A1");
      await expect(page.getByLabel(t.phone)).toHaveValue("(450) 555-0142");
      await expect(page.getByLabel(t.kind)).toHaveValue("physical");

      // A specialty; the same English name again is refused with its reason.
      await page.getByRole("link", { name: t.nav.specialties, exact: true }).click();
      await page.getByRole("link", { name: t.addSpecialty }).click();
      await page.getByLabel(t.nameEn).fill(specialty.en);
      await page.getByLabel(t.nameFr).fill(specialty.fr);
      await page.getByRole("button", { name: t.add, exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: t.specialtyCreated })).toBeVisible();
      await page.goto(`/${locale}/admin/specialties/new`);
      await page.getByLabel(t.nameEn).fill(specialty.en.toUpperCase());
      await page.getByLabel(t.nameFr).fill("Doublon");
      await page.getByRole("button", { name: t.add, exact: true }).click();
      await expect(page.getByText(t.duplicate)).toBeVisible();

      // A practitioner in that specialty, at that site.
      await page.getByRole("link", { name: t.nav.practitioners, exact: true }).click();
      await page.getByRole("link", { name: t.addPractitioner }).click();
      await page.getByLabel(t.firstName).fill("Noémie");
      await page.getByLabel(t.lastName).fill(lastName);
      await page.getByRole("checkbox", { name: local(specialty.en, specialty.fr) }).check();
      await page.getByRole("checkbox", { name: local(site.en, site.fr) }).check();
      await page.getByRole("button", { name: t.add, exact: true }).click();
      await expect(
        page.getByRole("status").filter({ hasText: t.practitionerCreated }),
      ).toBeVisible();
      await page.getByRole("link", { name: t.nav.practitioners, exact: true }).click();
      const card = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: t.edit(`Noémie ${lastName}`) }) });
      await expect(card).toContainText(local(specialty.en, specialty.fr));
      await expect(card).toContainText(local(site.en, site.fr));

      // An emergency type: refused without descriptions (the reason is under each field), then added.
      await page.getByRole("link", { name: t.nav.types, exact: true }).click();
      await page.getByRole("link", { name: t.addType }).click();
      await page.getByLabel(t.nameEn).fill(type.en);
      await page.getByLabel(t.nameFr).fill(type.fr);
      await page.getByLabel(t.duration).fill("20");
      await page.getByLabel(t.typeKind).selectOption("emergency");
      await page
        .getByLabel(t.specialty, { exact: true })
        .selectOption({ label: local(specialty.en, specialty.fr) });
      await page.getByRole("button", { name: t.add, exact: true }).click();
      await expect(page.getByText(t.descriptionRequired)).toHaveCount(2);
      await expect(page.getByLabel(t.descriptionEn)).toHaveAttribute("aria-invalid", "true");
      await page.getByLabel(t.descriptionEn).fill("A rash or a burn, one issue only.");
      await page.getByLabel(t.descriptionFr).fill("Une éruption ou une brûlure, un seul problème.");
      await page.getByRole("button", { name: t.add, exact: true }).click();
      await expect(page.getByRole("status").filter({ hasText: t.typeCreated })).toBeVisible();
      await page.getByRole("link", { name: t.nav.types, exact: true }).click();
      const typeCard = page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: t.edit(local(type.en, type.fr)) }) });
      await expect(typeCard).toContainText(t.emergency);
      await expect(typeCard).toContainText(
        local("A rash or a burn", "Une éruption ou une brûlure"),
      );

      // The new practitioner becomes a patient's assigned practitioner.
      await page.goto(`/${locale}/admin/patients?q=Gagnon`);
      await page
        .getByRole("link", { name: /Gagnon/ })
        .first()
        .click();
      await expect(page.getByRole("heading", { level: 2, name: t.assigned })).toBeVisible();
      const select = page.getByRole("combobox", {
        name: new RegExp(`^${locale === "fr" ? "Professionnel" : "Practitioner"}`),
      });
      const before = await select.inputValue();
      await select.selectOption({ label: `Noémie ${lastName}` });
      await page.getByRole("button", { name: t.assignSave }).click();
      await expect(page.getByRole("status").filter({ hasText: t.assignSaved })).toBeVisible();
      await page.reload();
      await expect(select.locator("option:checked")).toHaveText(`Noémie ${lastName}`);
      // Put it back: other specs of the same run use this patient.
      await select.selectOption(before);
      await page.getByRole("button", { name: t.assignSave }).click();
      await expect(page.getByRole("status").filter({ hasText: t.assignSaved })).toBeVisible();
    });

    for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      test(`every catalog page passes axe at ${VIEWPORTS[size].width}px`, async ({ page }) => {
        // Twelve pages and thirteen scans: slow on a shared two-core machine.
        test.setTimeout(240_000);
        await setViewport(page, size);
        await login(page, DEMO_ACCOUNTS.staff, DEMO_PASSWORD, locale);
        const sections: [string, string][] = [
          ["sites", local("Plateau site", "Site du Plateau")],
          ["specialties", local("Pediatrics", "Pédiatrie")],
          ["practitioners", "Dre Marie Lefebvre"],
          ["appointment-types", local("Follow-up visit", "Visite de suivi")],
        ];
        for (const [section, seeded] of sections) {
          await page.goto(`/${locale}/admin/${section}`);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expectNoAxeViolations(page, { context: `${section} ${locale} ${size}` });
          await page.getByRole("link", { name: t.edit(seeded) }).click();
          await expect(
            page.getByRole("heading", { level: 1, name: new RegExp(seeded) }),
          ).toBeVisible();
          await expectNoAxeViolations(page, { context: `${section} edit ${locale} ${size}` });
          await page.goto(`/${locale}/admin/${section}/new`);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          // With its refusal messages showing, too.
          await page.getByRole("button", { name: t.add, exact: true }).click();
          await expect(page.getByRole("alert").filter({ hasText: t.checkFields })).toBeVisible();
          await expectNoAxeViolations(page, { context: `${section} new ${locale} ${size}` });
        }
        // An edit saved: the confirmation is announced.
        await page.goto(`/${locale}/admin/specialties`);
        await page
          .getByRole("link", { name: t.edit(local("Physiotherapy", "Physiothérapie")) })
          .click();
        await page.getByRole("button", { name: t.save }).click();
        await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
        await expectNoAxeViolations(page, { context: `specialty saved ${locale} ${size}` });
      });
    }

    test("a patient gets none of the catalog pages (AC-6)", async ({ page }) => {
      await login(page, DEMO_ACCOUNTS.patient, DEMO_PASSWORD, locale);
      for (const path of [
        "/admin/sites",
        "/admin/specialties/new",
        "/admin/practitioners",
        "/admin/appointment-types/new",
      ]) {
        // proxy.ts sends patients back to their dashboard; without it the page itself answers 404.
        const response = await page.goto(`/${locale}${path}`);
        expect(
          response?.status() === 404 || !new URL(page.url()).pathname.includes("/admin"),
          `${path} → ${page.url()}`,
        ).toBe(true);
        await expect(page.getByRole("link", { name: t.addSite })).toHaveCount(0);
        await expect(page.getByRole("button", { name: t.add, exact: true })).toHaveCount(0);
      }
    });
  });
}
