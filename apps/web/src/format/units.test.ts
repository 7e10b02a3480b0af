import { describe, expect, it } from "vitest";
import { formatCount, formatDistance, formatDuration } from "./units";

describe("units a planner reads", () => {
  it("writes kilometres, with a decimal under ten", () => {
    expect(formatDistance(182_400, "fr")).toBe("182\u00a0km");
    expect(formatDistance(4_250, "fr")).toBe("4,3\u00a0km");
    expect(formatDistance(4_250, "en")).toBe("4.3\u00a0km");
  });

  it("writes hours and minutes, never seconds", () => {
    expect(formatDuration(16_500, "fr")).toBe("4\u00a0h\u00a035");
    expect(formatDuration(2_700, "fr")).toBe("45\u00a0min");
    expect(formatDuration(3_660, "en")).toBe("1\u00a0h\u00a001\u00a0min");
  });

  it("groups thousands as each language does", () => {
    expect(formatCount(1500, "fr")).toBe("1\u202f500");
    expect(formatCount(1500, "en")).toBe("1,500");
  });
});
