import { PageSkeleton } from "@/components/shell/page-skeleton";

// The dashboard never answers 404; the tabs that check a profile's access
// (appointments, booking, boxes, threads) have no loading boundary, which would
// send the status (200) with the skeleton before their check could answer 404.
export default function Loading() {
  return <PageSkeleton shape="cards" />;
}
