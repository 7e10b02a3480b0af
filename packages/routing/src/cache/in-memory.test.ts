import { InMemoryCalibrationStore } from "./calibration-store.js";
import { InMemoryMatrixCache } from "./in-memory-matrix-cache.js";
import { describeCalibrationStoreContract } from "../test-support/calibration-store-contract.js";
import { describeMatrixCacheContract } from "../test-support/matrix-cache-contract.js";

describeMatrixCacheContract("InMemoryMatrixCache", () => new InMemoryMatrixCache());
describeCalibrationStoreContract("InMemoryCalibrationStore", () => new InMemoryCalibrationStore());
