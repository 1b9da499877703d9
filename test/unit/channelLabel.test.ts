import { channelLabel } from "../../src/data/channelLabel";
import { englishString } from "../fixtures/resx";

const LIVE_CHAT = 192360000;

describe("channelLabel", () => {
  it("takes the first label the platform gave", () => {
    expect(channelLabel(LIVE_CHAT, [null, "Chat en direct", "Live chat (metadata)"], englishString)).toBe("Chat en direct");
  });

  it("skips blank platform labels and falls back to ours", () => {
    expect(channelLabel(LIVE_CHAT, ["  ", undefined, null], englishString)).toBe(englishString("Channel_LiveChat"));
  });

  it("shows the number of a channel nobody labelled", () => {
    expect(channelLabel(123, [], englishString)).toBe("123");
  });
});
