import communePage from "./commune-page.js";
import communeStats from "./commune-stats.js";
import communeStatsCsv from "./commune-stats-csv.js";
import haltHosts from "./halt-hosts.js";
import hostedCommuneStats from "./hosted-commune-stats.js";
import hostedHalts from "./hosted-halts.js";

export const communeRoutes = [hostedHalts, hostedCommuneStats, haltHosts, communeStats, communeStatsCsv, communePage];
