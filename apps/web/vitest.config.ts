import { mergeConfig } from "vitest/config";
import shared from "../../vitest.shared.ts";

// The build step beside the sources (precompress.ts) has its test beside it too.
export default mergeConfig(shared, { test: { include: ["precompress.test.ts"] } });
