import "server-only";
import { inspectInvitation } from "./invitations";

/** The invitation page's view of a link: the invited email and whether it can still be used. No account is needed. */
export async function loadInvitation(token: string) {
  const invitation = await inspectInvitation(token);
  return invitation ? { email: invitation.email, state: invitation.state } : null;
}
