import "server-only";
// The logo's bytes, for what embeds it rather than linking to it (the bill's PDF).
import { fileStorage } from "@/lib/files/storage";

export async function readLogo(logoKey: string | null): Promise<Uint8Array | null> {
  const stream = logoKey ? await fileStorage().get(logoKey) : null;
  return stream ? new Uint8Array(await new Response(stream).arrayBuffer()) : null;
}
