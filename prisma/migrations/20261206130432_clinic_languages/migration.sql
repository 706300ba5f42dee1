-- AlterTable
ALTER TABLE "Clinic" ADD COLUMN     "languages" "Locale"[] DEFAULT ARRAY['en', 'fr']::"Locale"[];

-- Hand-written: a clinic serves patients in at least one language.
ALTER TABLE "Clinic" ADD CONSTRAINT "Clinic_languages_not_empty" CHECK (cardinality("languages") >= 1);
