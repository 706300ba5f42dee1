import type { ButtonHTMLAttributes } from "react";

export function SubmitButton({
  pending,
  pendingLabel,
  children,
  className = "",
  ...rest
}: { pending?: boolean; pendingLabel?: string } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      aria-disabled={pending || undefined}
      className={`inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-gray-500 ${className}`}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
