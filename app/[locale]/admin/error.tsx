"use client";
import { RouteError, type RouteErrorProps } from "@/components/errors/route-error";

// Inside the staff area's layout: its header, menu and the clinic's phone stay.
export default function AdminError(props: RouteErrorProps) {
  return <RouteError {...props} home="/admin" />;
}
