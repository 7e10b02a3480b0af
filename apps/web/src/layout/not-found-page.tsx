import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { usePageTitle } from "./use-page-title";

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.text")}</p>
      <Link to="/">{t("notFound.home")}</Link>
    </>
  );
}
