/// <reference types="vite/client" />

/** Build-time settings (set in the environment when running `vite build`). */
interface ImportMetaEnv {
  /** Map tile template, e.g. "https://tiles.example.org/{z}/{x}/{y}.png"; unset: no background tiles. */
  readonly VITE_TILE_URL?: string;
  readonly VITE_TILE_ATTRIBUTION?: string;
  readonly VITE_TILE_MAX_ZOOM?: string;
}
