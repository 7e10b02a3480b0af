/**
 * `@tournee/routing/test-support`: test servers speaking OSRM's protocol, the
 * recorded OSRM fixtures, and the contract suites every adapter of this
 * package's ports must pass (run them with vitest in the adapter's package).
 */
export { describeMatrixCacheContract } from "./matrix-cache-contract.js";
export { describeCalibrationStoreContract } from "./calibration-store-contract.js";
export { startProtocolServer, syntheticTravel, type ProtocolServer, type ProtocolServerOptions, type Fault } from "./osrm-protocol-server.js";
export { startFixtureServer, type FixtureServer, type FixtureServerOptions } from "./osrm-fixture-server.js";
export { loadFixture, fixtureCoordinates, andorraTable, type OsrmFixture, type FixtureName } from "./osrm-fixtures.js";
export { startTestServer, sendJson, type TestServer } from "./http-test-server.js";
export { randomPoints } from "./random-points.js";
export { crossValidate, type CrossValidation } from "./cross-validate.js";
