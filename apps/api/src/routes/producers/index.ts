import getProducerWeek from "./get-producer-week.js";
import getPurchaseOrder from "./get-purchase-order.js";
import setSupply from "./set-supply.js";

export const producerRoutes = [getProducerWeek, setSupply, getPurchaseOrder];
