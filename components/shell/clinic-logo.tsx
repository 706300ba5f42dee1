import type { Clinic } from "@/lib/clinic/data";
import { logoUrl } from "@/lib/clinic/logo-url";

/**
 * The clinic's logo, or nothing when it has none. Beside the clinic's name it
 * is decorative (empty alt: a screen reader would read the name twice); alone,
 * pass `labelled` and it is named by the clinic.
 */
export function ClinicLogo({
  clinic,
  labelled = false,
  className = "h-10 sm:h-12",
}: {
  clinic: Pick<Clinic, "name" | "logoKey"> | null;
  labelled?: boolean;
  className?: string;
}) {
  const src = clinic && logoUrl(clinic.logoKey);
  if (!src) return null;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- resized at upload and served with a year's cache from its own route: nothing left for next/image to do
    <img
      src={src}
      alt={labelled ? clinic.name : ""}
      className={`w-auto max-w-40 shrink-0 object-contain object-left ${className}`}
    />
  );
}
