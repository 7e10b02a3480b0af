/// <reference lib="webworker" />
/**
 * The service worker: precaches the app shell so it opens with no signal, answers navigations
 * with index.html when offline, and keeps the map tiles a person viewed (bounded). It never
 * caches /api answers: personal data offline lives in IndexedDB, under the app's control.
 * A new version waits until the page sends SKIP_WAITING (the person pressed "Mettre à jour").
 */
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst } from "workbox-strategies";
import { TILE_CACHE, isTileRequest } from "./pwa/tile-requests";

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Communes' public pages are served by the server, never by the app.
registerRoute(new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: [/^\/api\//, /^\/communes\//] }));

registerRoute(
  ({ url, request }) => isTileRequest(url, request.destination),
  new CacheFirst({
    cacheName: TILE_CACHE.name,
    plugins: [
      new ExpirationPlugin({
        maxEntries: TILE_CACHE.maxEntries,
        maxAgeSeconds: TILE_CACHE.maxAgeSeconds,
        purgeOnQuotaError: true,
      }),
    ],
  }),
);

self.addEventListener("message", (event) => {
  if ((event.data as { type?: string } | null)?.type === "SKIP_WAITING") void self.skipWaiting();
});

// Background Sync (Chromium, not Safari): the page owns the outbox, so wake it up to push.
self.addEventListener("sync", (event) => {
  const e = event as ExtendableEvent & { tag?: string };
  if (e.tag !== "tournee-outbox") return;
  e.waitUntil(self.clients.matchAll({ type: "window" }).then((all) => all.forEach((c) => c.postMessage({ type: "SYNC_OUTBOX" }))));
});

// The first install takes control of the open pages at once, so the shell works offline without
// a reload; activation waits for the claim, so "activated" means the open pages are controlled.
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// A message from Tournée (the truck's time, a delay, a changed round): shown as a notification;
// tapping it opens the screen it is about (the live screen, the rounds), or the app.
self.addEventListener("push", (event) => {
  const e = event as ExtendableEvent & { data: { json(): unknown } | null };
  const message = (e.data?.json() ?? {}) as { title?: string; body?: string; tag?: string; url?: string };
  const url = typeof message.url === "string" && message.url.startsWith("/") ? message.url : "/";
  e.waitUntil(self.registration.showNotification(message.title ?? "Tournée", { body: message.body ?? "", tag: message.tag, icon: "/icons/icon-192.png", data: { url } }));
});
self.addEventListener("notificationclick", (event) => {
  const e = event as ExtendableEvent & { notification: { close(): void; data?: { url?: string } } };
  e.notification.close();
  e.waitUntil(self.clients.openWindow(e.notification.data?.url ?? "/"));
});
