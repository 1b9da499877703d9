import { readOptionSetLabels } from "../../src/platform/optionSetLabels";

const VOICE = 192370000;
const LIVE_CHAT = 192360000;
const SMS = 192340000;

/** An EntityMetadata whose Attributes answer get(name) as the platform's collection does. */
function metadataWith(nodes: Record<string, unknown>): unknown {
  return { EntitySetName: "msdyn_ocsessions", Attributes: new Map(Object.entries(nodes)) };
}

describe("readOptionSetLabels", () => {
  it("reads attributeDescriptor.OptionSet in the maker's order, leaving hidden options out of the offer", () => {
    const metadata = metadataWith({
      msdyn_channel: {
        attributeDescriptor: {
          OptionSet: [
            { Value: VOICE, Label: "Sprache", Color: "#0078d4" },
            { Value: SMS, Label: "SMS", IsHidden: true },
            { Value: LIVE_CHAT, Label: "Livechat", IsHidden: false },
          ],
        },
      },
    });
    expect(readOptionSetLabels(metadata, "msdyn_channel")).toEqual({
      options: [
        { value: VOICE, label: "Sprache" },
        { value: LIVE_CHAT, label: "Livechat" },
      ],
      hidden: [SMS],
    });
  });

  it.each([
    ["a plain object", { [LIVE_CHAT]: { text: "Livechat", value: LIVE_CHAT }, [VOICE]: { text: "Sprache", value: VOICE } }],
    ["a Map", new Map([[LIVE_CHAT, { text: "Livechat", value: LIVE_CHAT }], [VOICE, { text: "Sprache", value: VOICE }]])],
  ])("reads the node's own OptionSet keyed by value (%s) when there is no descriptor", (_kind, optionSet) => {
    expect(readOptionSetLabels(metadataWith({ msdyn_channel: { OptionSet: optionSet } }), "msdyn_channel")).toEqual({
      options: [
        { value: LIVE_CHAT, label: "Livechat" },
        { value: VOICE, label: "Sprache" },
      ],
      hidden: [],
    });
  });

  it("prefers the descriptor's array when a node carries both shapes (it has the maker's order and hidden flags)", () => {
    const node = {
      OptionSet: { [LIVE_CHAT]: { text: "Live chat (map)", value: LIVE_CHAT } },
      attributeDescriptor: { OptionSet: [{ Value: LIVE_CHAT, Label: "Livechat" }] },
    };
    expect(readOptionSetLabels(metadataWith({ msdyn_channel: node }), "msdyn_channel")?.options).toEqual([{ value: LIVE_CHAT, label: "Livechat" }]);
  });

  it("skips options without an integer value or a label, and keeps the rest", () => {
    const list = [{ Value: "192370000", Label: "Voice" }, { Value: VOICE, Label: "  " }, { Value: 1.5, Label: "x" }, null, { Value: LIVE_CHAT, Label: "Live chat" }];
    expect(readOptionSetLabels(metadataWith({ msdyn_channel: { attributeDescriptor: { OptionSet: list } } }), "msdyn_channel")?.options).toEqual([
      { value: LIVE_CHAT, label: "Live chat" },
    ]);
  });

  it.each([
    ["no metadata", null],
    ["metadata without Attributes", { EntitySetName: "msdyn_ocsessions" }],
    ["Attributes as a plain object", { Attributes: {} }],
    ["an attribute that was not asked for", metadataWith({ subject: {} })],
    ["a node without options", metadataWith({ msdyn_channel: { attributeDescriptor: {} } })],
    ["an OptionSet that is text", metadataWith({ msdyn_channel: { attributeDescriptor: { OptionSet: "Voice" }, OptionSet: "Voice" } })],
    ["options that are all junk", metadataWith({ msdyn_channel: { attributeDescriptor: { OptionSet: [{ value: 1, text: "x" }, 42] } } })],
    ["only hidden options", metadataWith({ msdyn_channel: { attributeDescriptor: { OptionSet: [{ Value: VOICE, Label: "Voice", IsHidden: true }] } } })],
    ["an Attributes.get that throws", { Attributes: { get: () => { throw new Error("not loaded"); } } }],
  ])("gives null for %s, so the control keeps its resx labels", (_case, metadata) => {
    expect(readOptionSetLabels(metadata, "msdyn_channel")).toBeNull();
  });
});
