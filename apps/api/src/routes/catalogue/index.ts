import createOffer from "./create-offer.js";
import createProduct from "./create-product.js";
import getPassageCatalogue from "./get-passage-catalogue.js";
import listEligibilityReminders from "./list-eligibility-reminders.js";
import listHouseholdPassages from "./list-household-passages.js";
import listOffers from "./list-offers.js";
import listOfferStock from "./list-offer-stock.js";
import listProducts from "./list-products.js";
import setOfferStock from "./set-offer-stock.js";
import setStockBatch from "./set-stock-batch.js";
import updateOffer from "./update-offer.js";
import updateProduct from "./update-product.js";

export const catalogueRoutes = [
  listHouseholdPassages, getPassageCatalogue, listProducts, createProduct, updateProduct, listOffers, createOffer, updateOffer, setOfferStock, setStockBatch, listOfferStock, listEligibilityReminders,
];
