import { PageSkeleton } from "@/components/shell/page-skeleton";

// The dashboard never answers 404. The tabs that do (a profile's appointments,
// boxes, threads, profile) check access in a layout above their loading.tsx,
// which keeps the status.
export default function Loading() {
  return <PageSkeleton shape="cards" />;
}
