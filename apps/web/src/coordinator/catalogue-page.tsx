import { useTranslation } from "../i18n/use-translation";
import { Link } from "react-router";
import { usePageTitle } from "../layout/use-page-title";
import { coordinatorApi } from "./coordinator-api";
import { LoadState } from "./load-state";
import { CatalogueProducts } from "./catalogue-products";
import { TemplateTimetable } from "./template-timetable";
import { useLoad } from "./use-load";
import { useCoordinatedOrganisation } from "./use-organisation";

/**
 * The rounds' published timetables, and the products with their offers, editable. A partner
 * charity has products but no rounds of its own (its parcels ride on another's): products only.
 */
export function CataloguePage() {
  const { t } = useTranslation();
  const organisation = useCoordinatedOrganisation();
  const rounds = organisation?.kind !== "partner";
  const title = t(rounds ? "coordinator.catalogue.title" : "coordinator.catalogue.partnerTitle");
  usePageTitle(title);
  const [data, retry] = useLoad(async () => {
    const [products, offers, templates] = await Promise.all([coordinatorApi.products(), coordinatorApi.offers(), coordinatorApi.templates()]);
    return { products, offers, templates };
  }, []);
  return (
    <>
      <h1>{title}</h1>
      <LoadState load={data} retry={retry}>
        {({ products, offers, templates }) => (
          <>
            <CatalogueProducts data={{ products, offers, templates }} organisationId={organisation?.id} reload={retry} />
            {rounds && <section aria-labelledby="timetables-title" className="panel">
              <h2 id="timetables-title">{t("coordinator.catalogue.timetables")}</h2>
              <p>
                <Link to="/coordination/tournees-types">{t("coordinator.catalogue.editTimetables")}</Link>
              </p>
              {templates.map((tpl) => (
                <TemplateTimetable key={tpl.id} template={tpl} />
              ))}
            </section>}
          </>
        )}
      </LoadState>
    </>
  );
}
