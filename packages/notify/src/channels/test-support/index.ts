/** @tournee/notify/testing — stand-ins for providers, for tests and benchmarks of code that sends messages. */
export { startSmtpTestServer, type ReceivedMail, type SmtpTestServer } from "./smtp-test-server.js";
export { closedPort, startLocalServer, json, type LocalServer } from "./local-server.js";
export { describeChannelContract, type ChannelHarness } from "./channel-contract.js";
export { startPushTestService, type PushTestService, type PushedMessage } from "./push-test-service.js";
