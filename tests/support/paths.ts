import { fileURLToPath } from "node:url";

/** The repository's root folder, found from this file. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** The web app's sources, and where its build lands (the API serves that folder). */
export const webRoot = fileURLToPath(new URL("../../apps/web/", import.meta.url));
export const webDist = process.env.TOURNEE_WEB_DIST ?? fileURLToPath(new URL("../../apps/web/dist/", import.meta.url));

/** Screenshots of the journeys, for people to look at (git-ignored). */
export const screenshotsDir = fileURLToPath(new URL("../screenshots/", import.meta.url));
