/** Calendar dates ('YYYY-MM-DD', Europe/Paris days) to and from `@db.Date` columns, which Prisma reads and writes as UTC midnight. */
export const dbDate = (date: string): Date => new Date(`${date}T00:00:00.000Z`);
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
