"use client";

/** Back to the page the visitor came from: the one island of script on the not-found page. */
export function BackButton({ label, className }: { label: string; className: string }) {
  return (
    <button type="button" onClick={() => history.back()} className={className}>
      {label}
    </button>
  );
}
