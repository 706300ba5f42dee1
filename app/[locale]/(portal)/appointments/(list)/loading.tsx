import { PageSkeleton } from "@/components/shell/page-skeleton";

// Its layout checks the profile's permission first, so a refusal still answers 404.
export default function Loading() {
  return <PageSkeleton shape="sections" />;
}
