import { CommuneParamsSchema } from "@tournee/domain";
import { z } from "zod";
import { defineRoute } from "../../http/route.js";
import { communePage } from "../../use-cases/communes/commune-page.js";
import { communePosterHtml, unknownCommuneHtml } from "../../use-cases/communes/commune-poster.js";

export default defineRoute({
  method: "get",
  path: "/communes/:commune",
  summary: "A commune's public page, printable as an A4 poster: the rounds that stop there, where, when and how to order (HTML, no sign-in, no personal data)",
  tag: "communes",
  access: "public",
  params: CommuneParamsSchema,
  // Links shared on a town hall's site or social media carry tracking parameters: they change nothing.
  query: z.looseObject({}),
  async handler({ services, params, req }) {
    // The configured address, else the one this page was asked at (the server's own, with its port).
    const orderUrl = services.config.TOURNEE_PUBLIC_URL?.replace(/\/$/, "") ?? `${req.protocol}://${req.get("host") ?? "localhost"}`;
    const page = await communePage({ services, commune: params.commune, orderUrl });
    const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" };
    // Old links (by name only) and addresses typed by hand keep working: they lead to the commune's own.
    if (page && "moved" in page) return { status: 301, text: "", headers: { location: `/communes/${encodeURIComponent(page.moved)}` } };
    return page ? { text: communePosterHtml(page), headers } : { status: 404, text: unknownCommuneHtml(params.commune), headers };
  },
});
