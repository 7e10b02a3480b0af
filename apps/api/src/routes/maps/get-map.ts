import { MapSettingsSchema } from "@tournee/domain";
import { defineRoute } from "../../http/route.js";
import { mapBackground } from "../../use-cases/maps/map-background.js";

export default defineRoute({
  method: "get",
  path: "/api/map",
  summary: "The map background every screen draws (raster tiles, self-hosted vector tiles, or none) and whether a corridor may be prefetched",
  tag: "maps",
  access: "session",
  response: MapSettingsSchema,
  async handler({ services }) {
    return { body: { background: mapBackground(services.config) } };
  },
});
