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
  async handler({ services, params }) {
    const page = await communePage({ services, commune: params.commune });
    const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=300" };
    return page ? { text: communePosterHtml(page), headers } : { status: 404, text: unknownCommuneHtml(params.commune), headers };
  },
});
