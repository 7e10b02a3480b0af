import { MileageReportSchema } from "@tournee/domain";
import { api } from "../../api/client";

const query = (month: string | undefined, organisationId: string | undefined) =>
  new URLSearchParams({ ...(month ? { month } : {}), ...(organisationId ? { organisationId } : {}) }).toString();

export const mileageApi = {
  report: (month: string | undefined, organisationId: string | undefined) => api.get(`/api/mileage-allowances?${query(month, organisationId)}`, (body) => MileageReportSchema.parse(body)),
  csvUrl: (month: string, organisationId: string | undefined) => `/api/mileage-allowances.csv?${query(month, organisationId)}`,
};
