import importOrders from "./import-orders.js";
import previewOrderImport from "./preview-order-import.js";

export const orderImportRoutes = [previewOrderImport, importOrders];
