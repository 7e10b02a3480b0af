import listBakeryCatalogue from "./list-bakery-catalogue.js";
import listBakeryRounds from "./list-bakery-rounds.js";
import listBread from "./list-bread.js";

export const bakeryRoutes = [listBread, listBakeryRounds, listBakeryCatalogue];
