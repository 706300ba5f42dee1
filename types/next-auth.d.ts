import type { Role } from "@/lib/db/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; sv: number; authTime: number };
  }
  interface User {
    id: string;
    role: Role;
    sv: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    sv?: number;
    /** Login time, in seconds since the epoch. */
    at?: number;
  }
}
