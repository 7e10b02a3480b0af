import { Component, type ReactNode } from "react";
import { useTranslation } from "../i18n/use-translation";

function ScreenFailed() {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <p>{t("layout.screenFailed")}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t("layout.reload")}
      </button>
    </div>
  );
}

/**
 * A screen whose code could not load (the network dropped before its chunk came, or a new
 * version replaced it on the server) says so and offers a reload, instead of a blank page.
 * Going to another screen (`resetKey`, the path) tries again.
 */
export class ScreenErrorBoundary extends Component<{ resetKey: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("a screen failed to open", error);
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <ScreenFailed /> : this.props.children;
  }
}
