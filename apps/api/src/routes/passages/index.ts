import createPassage from "./create-passage.js";

export const passageRoutes = [createPassage];
