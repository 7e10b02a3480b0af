import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { precompress } from "./precompress.ts";
import { manifest } from "./src/pwa/manifest.ts";

// "source" makes @tournee/domain resolve to its TypeScript sources, as in the other packages.
const conditions = ["source", "browser", "module", "import", "default"];

export default defineConfig({
  resolve: {
    conditions,
    // protomaps-leaflet's optional parts Tournée does not use (see the files for why).
    alias: {
      "@protomaps/basemaps": fileURLToPath(new URL("./src/map/unused/protomaps-basemaps.ts", import.meta.url)),
      pmtiles: fileURLToPath(new URL("./src/map/unused/pmtiles.ts", import.meta.url)),
      color2k: fileURLToPath(new URL("./src/map/unused/color2k.ts", import.meta.url)),
    },
  },
  server: {
    // In development the API runs separately (apps/api); the browser sees one origin.
    proxy: { "/api": process.env.TOURNEE_API_URL ?? "http://localhost:3000" },
  },
  // The manifest lets the driver benchmark count exactly the chunks the driver screens load.
  build: { sourcemap: true, target: "es2022", manifest: true },
  plugins: [
    react(),
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src",
      filename: "sw.ts",
      registerType: "prompt",
      injectRegister: false,
      manifest,
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,svg,png,woff2}"],
      },
      devOptions: { enabled: false },
    }),
    precompress(),
  ],
});
