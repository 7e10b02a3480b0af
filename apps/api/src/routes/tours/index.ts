import getRoundDrivers from "./get-round-drivers.js";
import getTour from "./get-tour.js";
import changeRoundDriver from "./change-round-driver.js";
import listTours from "./list-tours.js";
import lockPassage from "./lock-passage.js";
import publishTour from "./publish-tour.js";
import reorderTour from "./reorder-tour.js";
import vehicleAlternatives from "./vehicle-alternatives.js";

export const tourRoutes = [listTours, getTour, lockPassage, reorderTour, publishTour, vehicleAlternatives, getRoundDrivers, changeRoundDriver];
