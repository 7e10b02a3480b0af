/** What the server said about the driver's changes on a stop or an order: conflicts it settled, changes it refused. */
import { useTranslation } from "../i18n/use-translation";
import type { Issue } from "./round-view";

export function IssueList({ issues }: { issues: readonly Issue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <ul className="issues" data-testid="issues">
      {issues.map((issue) => (
        <li key={issue.id} className="issues__item">
          {t(`driver.issue.${issue.code.replace(":", ".")}`, { defaultValue: t("driver.issue.other", { message: issue.message }) })}
          {issue.resolved && <strong> {t("driver.issue.resolved")}</strong>}
        </li>
      ))}
    </ul>
  );
}
