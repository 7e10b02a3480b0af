import { fileURLToPath } from "node:url";

/** The repository's prisma/ folder, found from this file in src/ or dist/. */
const prismaDir = fileURLToPath(new URL("../../../../prisma/", import.meta.url));

export const schemaPaths = {
  schemaPath: `${prismaDir}schema.prisma`,
  migrationsDir: `${prismaDir}migrations`,
};
