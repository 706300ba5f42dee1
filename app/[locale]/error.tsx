"use client";
import { RouteError, type RouteErrorProps } from "@/components/errors/route-error";

// Outside the portal's and the admin's layouts (one of them failed): no clinic phone to show.
export default function ErrorPage(props: RouteErrorProps) {
  return (
    <main id="main" className="px-4 py-8">
      <RouteError {...props} home="" />
    </main>
  );
}
