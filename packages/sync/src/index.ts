/** @tournee/sync — offline changes recorded on a device and applied exactly once by the server. */
export * from "./protocol.js";
