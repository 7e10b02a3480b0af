import { PushDevicesSchema, PushKeySchema } from "@tournee/domain";
import { useEffect, useState } from "react";
import { useTranslation } from "../i18n/use-translation";
import { api } from "../api/client";

const base64UrlToBytes = (text: string): Uint8Array<ArrayBuffer> => {
  const raw = atob(text.replace(/-/g, "+").replace(/_/g, "/").padEnd(Math.ceil(text.length / 4) * 4, "="));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
};

/**
 * "Notifications on this device": offered when the server has Web Push and the browser can,
 * as a choice of the person on this device (the household's consent is recorded with it).
 */
export function PushToggle({ onChange, sayWhenUnavailable = false }: { onChange(): void; sayWhenUnavailable?: boolean }) {
  const { t } = useTranslation();
  const [key, setKey] = useState<string | null>(null);
  const [state, setState] = useState<"idle" | "on" | "denied" | "failed">("idle");
  const supported = typeof navigator !== "undefined" && "serviceWorker" in navigator && typeof window !== "undefined" && "PushManager" in window;
  useEffect(() => {
    if (!supported) return;
    void api.get("/api/push/key", (b) => PushKeySchema.parse(b)).then((k) => setKey(k.publicKey), () => setKey(null));
    void navigator.serviceWorker.ready.then((r) => r.pushManager.getSubscription()).then((s) => s && setState("on"), () => undefined);
  }, [supported]);
  if (!supported || !key) return sayWhenUnavailable ? <p>{t(supported ? "messages.push.notOffered" : "messages.push.unsupported")}</p> : null;

  async function allow() {
    try {
      if ((await Notification.requestPermission()) !== "granted") return setState("denied");
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(key!) });
      await api.send("POST", "/api/push/subscriptions", subscription.toJSON(), (b) => PushDevicesSchema.parse(b));
      setState("on");
      onChange();
    } catch {
      setState("failed");
    }
  }
  async function stop() {
    const subscription = await (await navigator.serviceWorker.ready).pushManager.getSubscription();
    if (subscription) {
      await api.send("POST", "/api/push/subscriptions/remove", { endpoint: subscription.endpoint }, (b) => PushDevicesSchema.parse(b));
      await subscription.unsubscribe();
    }
    setState("idle");
    onChange();
  }
  return (
    <div className="actions">
      {state === "on"
        ? <button type="button" className="button" onClick={() => void stop()}>{t("messages.push.stop")}</button>
        : <button type="button" className="button" onClick={() => void allow()}>{t("messages.push.allow")}</button>}
      {state === "on" && <p role="status">{t("messages.push.on")}</p>}
      {state === "denied" && <p role="status">{t("messages.push.denied")}</p>}
      {state === "failed" && <p role="status">{t("messages.push.failed")}</p>}
    </div>
  );
}
