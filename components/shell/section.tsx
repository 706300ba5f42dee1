import { useId, type ReactNode } from "react";

export type HeadingLevel = 2 | 3;
export type HeadingSize = "base" | "lg" | "xl";

const headingSizes: Record<HeadingSize, string> = {
  base: "font-semibold",
  lg: "text-lg font-semibold",
  xl: "text-xl font-semibold",
};

/**
 * A titled part of a page: a `<section>` named by its heading, so that it is a
 * region landmark a screen reader can list and jump to. `actions` (links,
 * buttons) sit beside the heading. Texts come translated from the caller.
 */
export function Section({
  heading,
  level = 2,
  headingSize = level === 2 ? "xl" : "lg",
  actions,
  className,
  children,
}: {
  heading: ReactNode;
  level?: HeadingLevel;
  headingSize?: HeadingSize;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  const id = useId();
  const Heading = `h${level}` as const;
  const title = (
    <Heading id={id} className={headingSizes[headingSize]}>
      {heading}
    </Heading>
  );
  return (
    <section aria-labelledby={id} className={className}>
      {actions ? (
        <div className="flex flex-wrap items-center justify-between gap-3">
          {title}
          {actions}
        </div>
      ) : (
        title
      )}
      {children}
    </section>
  );
}
