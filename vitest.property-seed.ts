/**
 * Seeds every property test (fast-check) of the repository; loaded by vitest.shared.ts.
 *
 * - With `TOURNEE_PROPERTY_SEED` set (CI sets one per run and prints it), every `fc.assert`
 *   starts from that seed, so a failure in CI replays exactly on a developer's machine.
 * - Without it, each test file draws a fresh seed, so local runs keep exploring new inputs.
 * - A failing property names its seed and the command that replays it:
 *   `TOURNEE_PROPERTY_SEED=<seed> npx vitest run <file>` in the package.
 *
 * A test that passes its own `seed` to `fc.assert` opts out of this; none should.
 */
import fc from "fast-check";

export const PROPERTY_SEED_VARIABLE = "TOURNEE_PROPERTY_SEED";

/** The seed of this run: the variable when it holds an integer, else a fresh one. */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env[PROPERTY_SEED_VARIABLE]?.trim();
  if (given) {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`${PROPERTY_SEED_VARIABLE} must be an integer (got "${given}")`);
    return seed | 0;
  }
  return (Math.random() * 0x100000000) | 0;
}

/** The failure message with the line that replays it. */
export function replayHint(seed: number): string {
  return `Replay this run: ${PROPERTY_SEED_VARIABLE}=${seed} npx vitest run <this test file> (from its package)`;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: propertySeed() });
// The plugin is global to fast-check's module, which a worker may keep across test files.
const installed = Symbol.for("tournee.property-seed.plugin");
const registry = globalThis as { [installed]?: true };
if (!registry[installed]) {
  registry[installed] = true;
  fc.installGlobalPlugin(() => ({
    onAllRunsComplete(details) {
      if (!details.failed) return;
      throw new Error(`${fc.defaultReportMessage(details) ?? "Property failed"}\n\n${replayHint(details.seed)}`, { cause: details.errorInstance });
    },
  }));
}
