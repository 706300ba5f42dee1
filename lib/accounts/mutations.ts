import "server-only";
import { db } from "@/lib/db/client";
import { type Recipient, sendPasswordResetEmail } from "./emails";

/** Issues a password-reset link and queues its email, together (staff never see nor set a password, AU-21). */
export async function queuePasswordResetEmail(account: Recipient): Promise<void> {
  await db().$transaction((tx) => sendPasswordResetEmail(tx, account));
}
