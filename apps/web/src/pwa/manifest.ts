import type { ManifestOptions } from "vite-plugin-pwa";

/** Brand colours, shared by the manifest and index.html's theme-color. */
export const THEME_COLOUR = "#1f5c4a";
export const BACKGROUND_COLOUR = "#fdfcf8";

/** The web app manifest: French first, installable, starts on the person's landing screen. */
export const manifest: Partial<ManifestOptions> = {
  name: "Tournée",
  short_name: "Tournée",
  description: "Tournées des épiceries et boulangeries solidaires en milieu rural",
  id: "/",
  lang: "fr",
  dir: "ltr",
  start_url: "/",
  scope: "/",
  display: "standalone",
  theme_color: THEME_COLOUR,
  background_color: BACKGROUND_COLOUR,
  icons: [
    { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
    { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
    { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ],
};
