import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "./i18n/i18n";
import { registerServiceWorker } from "./pwa/service-worker-updates";
import "./styles/base.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// In development Vite serves modules directly; only a build has a service worker.
if (import.meta.env.PROD) registerServiceWorker();
