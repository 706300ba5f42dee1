import { PageSkeleton } from "@/components/shell/page-skeleton";

// In a route group of its own so that it covers the list only: the pages beside it
// answer 404 to an unknown or refused id, and a loading boundary sends the status
// (200) with the skeleton, before the page can say so.
export default function Loading() {
  return <PageSkeleton shape="table" />;
}
