import { describe, expect, it } from "vitest";
import { afterRoundStep, type AfterRoundState } from "./round-guard";

const run = (states: Omit<AfterRoundState, "promised">[]) => {
  let promised = false;
  return states.map((s) => {
    const step = afterRoundStep({ ...s, promised });
    promised = step.promised;
    return step.install;
  });
};

describe("afterRoundStep", () => {
  it("never installs during the round, and installs once it is over and the app is in the background", () => {
    expect(
      run([
        { waiting: true, inRound: true, hidden: false },
        { waiting: true, inRound: true, hidden: true },
        { waiting: true, inRound: false, hidden: false },
        { waiting: true, inRound: false, hidden: true },
      ]),
    ).toEqual([false, false, false, true]);
  });

  it("leaves an update offered outside a round to the person's click", () => {
    expect(run([{ waiting: true, inRound: false, hidden: false }, { waiting: true, inRound: false, hidden: true }])).toEqual([false, false]);
  });
});
