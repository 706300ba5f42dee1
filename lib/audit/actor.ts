import type { ActionContext } from "@/lib/actions/safe-action";
import type { SessionAccount } from "@/lib/auth/gate";
import type { Role } from "@/lib/db/enums";

/** Who did it, as an audit row records it: the session's account and the request it came with. */
export type Actor = {
  accountId: string;
  role: Role;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
};

/** The actor of a server action: the session's account, never an id from the form. */
export function actorOf(ctx: ActionContext & { account: SessionAccount }): Actor {
  return {
    accountId: ctx.account.id,
    role: ctx.account.role,
    ip: ctx.ip,
    userAgent: ctx.userAgent,
    requestId: ctx.requestId,
  };
}
