import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { translationsReady } from "./i18n/i18n";
import { registerServiceWorker } from "./pwa/service-worker-updates";
import { preloadScreen } from "./screens";
import "./styles/base.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
const app = createRoot(root);
preloadScreen(window.location.pathname);
// The first screen is rendered in the person's language, never as raw keys.
void translationsReady.then(() =>
  app.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// In development Vite serves modules directly; only a build has a service worker.
if (import.meta.env.PROD) registerServiceWorker();
