import { describe, expect, it } from "vitest";
import { onePerTime } from "./one-per-time";

const at = (minute: number) => new Date(Date.UTC(2027, 0, 4, 13, minute));
const slots = [0, 15].flatMap((minute) =>
  ["a", "b", "c", "d"].map((practitionerId) => ({ practitionerId, startsAt: at(minute) })),
);

describe("onePerTime", () => {
  it("offers one slot per time, in time order", () => {
    const shown = onePerTime(slots, "profile-1");
    expect(shown.map((s) => s.startsAt)).toEqual([at(0), at(15)]);
  });

  it("offers patients looking at the same time different practitioners", () => {
    const firsts = new Set(
      Array.from({ length: 40 }, (_, i) => onePerTime(slots, `profile-${i}`)[0]!.practitionerId),
    );
    expect(firsts).toEqual(new Set(["a", "b", "c", "d"]));
  });

  it("offers one patient the same practitioner on every load", () => {
    expect(onePerTime(slots, "profile-7")).toEqual(onePerTime(slots, "profile-7"));
  });
});
