import { getTranslations } from "next-intl/server";

/**
 * A page's shape while its data loads (the loading.tsx of pages that wait on
 * the database): grey blocks where the content will be, announced as busy with
 * the words "Loading…" for screen readers.
 * `cards`: a dashboard; `table`: a list; `sections`: a record's headed parts.
 * A page that may answer 404 gets one only when a layout above the loading
 * boundary makes that check (see the loading.tsx files): the skeleton goes out
 * with the status already sent.
 */
export async function PageSkeleton({ shape }: { shape: "cards" | "table" | "sections" }) {
  const t = await getTranslations("common");
  return (
    <div aria-busy="true" className="motion-safe:animate-pulse">
      <p className="sr-only" role="status">
        {t("loading")}
      </p>
      <div aria-hidden="true">
        <Bar className="mb-6 h-8 w-2/3 max-w-sm" />
        {shape === "cards" && (
          <div className="grid gap-4 md:grid-cols-2">
            {[0, 1, 2, 3].map((i) => (
              <Block key={i} className="h-36" />
            ))}
          </div>
        )}
        {shape === "sections" && (
          <div className="flex flex-col gap-6">
            {[0, 1].map((i) => (
              <div key={i} className="flex flex-col gap-3">
                <Bar className="h-6 w-1/3 max-w-xs" />
                <Block className="h-32" />
              </div>
            ))}
          </div>
        )}
        {shape === "table" && (
          <>
            <Block className="mb-4 h-16" />
            <div className="flex flex-col gap-1">
              {[0, 1, 2, 3, 4].map((i) => (
                <Bar key={i} className="h-10 w-full" />
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
}

function Bar({ className }: { className: string }) {
  return <div className={`rounded-md bg-gray-200 ${className}`} />;
}

function Block({ className }: { className: string }) {
  return <div className={`rounded-lg border border-gray-200 bg-white p-4 ${className}`} />;
}
