import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMockPlatform } from "../fixtures/mockContext";
import { flush, mountControl } from "../fixtures/mountControl";

const GERMAN = 1031;
const VOICE = 192370000;
const LIVE_CHAT = 192360000;
const SMS = 192340000;
const CUSTOMER_PORTAL = 100000001;

/** The session table's metadata with msdyn_channel's options as the platform's descriptor carries them. */
function sessionMetadata(options: readonly unknown[]): ComponentFramework.PropertyHelper.EntityMetadata {
  return {
    EntitySetName: "msdyn_ocsessions",
    LogicalName: "msdyn_ocsession",
    Attributes: new Map([["msdyn_channel", { attributeDescriptor: { OptionSet: options } }]]),
  };
}

async function openChannelMenu(trigger: string): Promise<string[]> {
  await userEvent.click(screen.getByRole("button", { name: trigger }));
  return screen.getAllByRole("menuitemcheckbox").map((item) => item.textContent ?? "");
}

describe("the channel menu's labels with counts off", () => {
  it("lists the option set's labels from the metadata in the maker's order, an org's own channel among them, and the resx label for a channel the metadata lacks", async () => {
    const platform = createMockPlatform();
    platform.getEntityMetadata.mockResolvedValueOnce(
      sessionMetadata([
        { Value: VOICE, Label: "Telefonie (Org)" },
        { Value: CUSTOMER_PORTAL, Label: "Kundenportal" },
        { Value: SMS, Label: "SMS", IsHidden: true },
      ]),
    );
    mountControl({ languageId: GERMAN, settings: { showCounts: "no", allowStart: "no" } }, platform);
    await flush();
    const labels = await openChannelMenu("Kanäle: Alle Kanäle");
    expect(labels.slice(0, 2)).toEqual(["Telefonie (Org)", "Kundenportal"]);
    expect(labels).toContain("Livechat");
    expect(labels).not.toContain("Sprache");
    expect(labels).not.toContain("SMS");
  });

  it("asks for the session table's metadata once, with msdyn_channel, though the maker turned starting off", async () => {
    const { platform, update } = mountControl({ settings: { showCounts: "no", allowStart: "no" } });
    await flush();
    update();
    await flush();
    expect(platform.getEntityMetadata.mock.calls).toEqual([["msdyn_ocsession", ["msdyn_channel"]]]);
    expect(platform.hasEntityPrivilege).not.toHaveBeenCalled();
  });

  it("keeps the resx labels when the metadata has no options in a known shape", async () => {
    const platform = createMockPlatform();
    platform.getEntityMetadata.mockResolvedValueOnce({ EntitySetName: "msdyn_ocsessions", Attributes: new Map() });
    mountControl({ settings: { showCounts: "no", allowStart: "no" } }, platform);
    await flush();
    const labels = await openChannelMenu("Channels: All channels");
    expect(labels).toContain("Live chat");
    expect(labels).toContain("Voice");
    expect(labels).toHaveLength(17);
  });

  it("filters by a channel only the metadata knows", async () => {
    const platform = createMockPlatform();
    platform.getEntityMetadata.mockResolvedValueOnce(sessionMetadata([{ Value: CUSTOMER_PORTAL, Label: "Customer portal" }, { Value: LIVE_CHAT, Label: "Live chat" }]));
    mountControl({ settings: { showCounts: "no", allowStart: "no" } }, platform);
    await flush();
    await openChannelMenu("Channels: All channels");
    await userEvent.click(screen.getByRole("menuitemcheckbox", { name: "Customer portal" }));
    await flush();
    const lastQuery = platform.retrieveMultipleRecords.mock.calls.at(-1)?.[1] ?? "";
    expect(lastQuery).toContain(`msdyn_channel eq ${CUSTOMER_PORTAL}`);
  });
});
