import type { ReactNode } from "react";
import { Section, type HeadingLevel, type HeadingSize } from "./section";

export type CardPadding = "tight" | "compact" | "normal" | "roomy";

const paddings: Record<CardPadding, string> = {
  tight: "p-3",
  compact: "p-4",
  normal: "p-4 sm:p-6",
  roomy: "p-6",
};

/** The white bordered box of every page; `className` adds spacing and width. */
export function cardClass(padding: CardPadding = "normal", className?: string) {
  const box = `rounded-lg border border-gray-200 bg-white ${paddings[padding]}`;
  return className ? `${className} ${box}` : box;
}

/**
 * A box on the page. With a `heading` it is a `<Section>` (a region named by
 * its heading, with optional `actions`); without one, a plain `as` element: a
 * list row (`li`), an empty-list notice (`p`) or a wrapper around a form.
 */
export function Card({
  as: Tag = "div",
  padding,
  heading,
  level,
  headingSize,
  actions,
  className,
  children,
}: {
  as?: "div" | "li" | "p";
  padding?: CardPadding;
  heading?: ReactNode;
  level?: HeadingLevel;
  headingSize?: HeadingSize;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}) {
  const classes = cardClass(padding, className);
  if (heading == null) return <Tag className={classes}>{children}</Tag>;
  return (
    <Section
      heading={heading}
      level={level}
      headingSize={headingSize}
      actions={actions}
      className={classes}
    >
      {children}
    </Section>
  );
}
