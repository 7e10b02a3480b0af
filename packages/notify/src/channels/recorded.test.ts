import { expect, it } from "vitest";
import { RecordedChannel } from "./recorded.js";
import { message } from "./test-support/channel-contract.js";

it("records without sending and says so: the outcome is 'recorded', never 'sent'", async () => {
  const outcome = await new RecordedChannel("sms").send(message("+33639982001"));
  expect(outcome).toEqual({ outcome: "recorded", provider: "recorded" });
});
