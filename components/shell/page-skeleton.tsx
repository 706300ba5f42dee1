import { getTranslations } from "next-intl/server";

/**
 * A page's shape while its data loads (the loading.tsx of pages that wait on
 * the database): grey blocks where the content will be, announced as busy with
 * the words "Loading…" for screen readers.
 * `cards`: a dashboard; `list`: rows of a list; `grid`: a week of slots; `thread`: messages; `table`: a staff table.
 */
export async function PageSkeleton({
  shape,
}: {
  shape: "cards" | "list" | "grid" | "thread" | "table";
}) {
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
        {shape === "list" && (
          <div className="flex flex-col gap-3">
            {[0, 1, 2, 3, 4].map((i) => (
              <Block key={i} className="h-20" />
            ))}
          </div>
        )}
        {shape === "grid" && (
          <>
            <Block className="mb-4 h-12" />
            <div className="grid grid-cols-1 gap-2 sm:grid-cols-7">
              {[0, 1, 2, 3, 4, 5, 6].map((i) => (
                <Block key={i} className="h-40" />
              ))}
            </div>
          </>
        )}
        {shape === "thread" && (
          <div className="flex flex-col gap-4">
            <Block className="h-32" />
            <Block className="ml-8 h-24" />
            <Block className="h-24" />
          </div>
        )}
        {shape === "table" && (
          <>
            <Block className="mb-4 h-16" />
            <div className="flex flex-col gap-1">
              {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
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
