import cancelOrder from "./cancel-order.js";
import createOrder from "./create-order.js";
import getOrder from "./get-order.js";
import listNonOrderers from "./list-non-orderers.js";
import listOrders from "./list-orders.js";
import repeatOrder from "./repeat-order.js";
import summariseOrders from "./summarise-orders.js";
import updateOrder from "./update-order.js";

/** `repeat` is listed before `:id` routes so its path is never read as an order id. */
export const orderRoutes = [repeatOrder, createOrder, listOrders, summariseOrders, listNonOrderers, getOrder, updateOrder, cancelOrder];
