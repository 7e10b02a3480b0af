/**
 * The embedded default: a channel with no provider. The message is kept in Tournée's log, shown
 * in the coordinators' Messages screen exactly as it would have been sent, with the status
 * `recorded`; nothing leaves the server and nothing claims it did.
 */
import type { Channel, ChannelKind, OutgoingMessage, SendOutcome } from "./port.js";

export class RecordedChannel implements Channel {
  readonly provider = "recorded";
  constructor(readonly kind: ChannelKind) {}

  async send(_message: OutgoingMessage): Promise<SendOutcome> {
    return { outcome: "recorded", provider: "recorded" };
  }
}
