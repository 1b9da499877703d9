import { InvalidRequestError, answerMayHaveBeenLost, toLoadError } from "../../src/data/loadError";

describe("toLoadError", () => {
  it.each([
    [0x80040220, "forbidden"],
    [-2147220960, "forbidden"],
    [0x80048306, "forbidden"],
    [0x80040217, "notFound"],
    [-2147220969, "notFound"],
    [0x80072322, "throttled"],
    [0x80072321, "throttled"],
    [0x80072326, "throttled"],
    [0x80040216, "unknown"],
  ])("classifies error code %p as %p", (errorCode, kind) => {
    expect(toLoadError({ errorCode, message: "Platform message" })).toEqual({
      kind,
      message: "Platform message",
      errorCode: errorCode >>> 0,
    });
  });

  it.each(["Failed to fetch", "NetworkError when attempting to fetch resource.", "Load failed"])(
    "recognises the network failure %p",
    (message) => {
      expect(toLoadError(new TypeError(message))).toEqual({ kind: "network", message });
    },
  );

  it("calls every failure offline while the client is offline", () => {
    expect(toLoadError({ errorCode: 0x80040216, message: "x" }, true).kind).toBe("offline");
  });

  it.each([undefined, null, 42, {}, { message: 42 }])("turns the odd rejection %p into an unknown error", (value) => {
    expect(toLoadError(value)).toEqual({ kind: "unknown", message: "" });
  });

  it("keeps a plain string rejection as the message", () => {
    expect(toLoadError("  Something broke  ")).toEqual({ kind: "unknown", message: "Something broke" });
  });
});

describe("a request the control refused to send", () => {
  it("shows no developer text to the agent", () => {
    expect(toLoadError(new InvalidRequestError("The next page link has no query"))).toEqual({ kind: "unknown", message: "" });
  });
});

describe("a failed fetch wrapped by the host", () => {
  it("is a network failure even with an error code of 0", () => {
    expect(toLoadError({ errorCode: 0, message: "The network request failed: Failed to fetch" })).toEqual({
      kind: "network",
      message: "The network request failed: Failed to fetch",
    });
  });
});

describe("the platform's offline failure", () => {
  it.each([
    "UciError: This operation failed because you're offline. Reconnect and try again.",
    "This operation failed because you’re offline.",
    "You are offline.",
  ])("is told as no connection, not as an unknown error (%p)", (message) => {
    expect(toLoadError({ errorCode: 0x80040216, message }).kind).toBe("offline");
  });

  it("does not take an ordinary message that mentions offline for the offline failure", () => {
    expect(toLoadError({ errorCode: 0x80040216, message: "Offline sync profile is not configured" }).kind).toBe("unknown");
  });
});

describe("a failure whose answer may have been lost", () => {
  it.each([
    [new TypeError("Failed to fetch"), true],
    [{ errorCode: 503, message: "Service Unavailable" }, true],
    [{ errorCode: 504, message: "Gateway Timeout" }, true],
    [{ errorCode: 0, message: "The operation timed out." }, true],
    [{ errorCode: 0x80040203, message: "Invalid argument." }, false],
    [{ errorCode: 0x80040220, message: "Missing prvCreatemsdyn_ocsession" }, false],
    [{ errorCode: 0x80072322, message: "Number of requests exceeded the limit" }, false],
  ])("is %p: %p", (failure, lost) => {
    expect(answerMayHaveBeenLost(toLoadError(failure))).toBe(lost);
  });

  it("is not one the client would not send while offline", () => {
    expect(answerMayHaveBeenLost(toLoadError(new TypeError("Failed to fetch"), true))).toBe(false);
  });
});
