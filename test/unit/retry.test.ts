import { CancelledError, LoadFailure, RETRY_POLICY, retryDelayMs, wait, withRetries } from "../../src/data/retry";
import { toLoadError } from "../../src/data/loadError";
import type { LoadError } from "../../src/model";

const throttled: LoadError = { kind: "throttled", message: "Number of requests exceeded the limit", errorCode: 0x80072322 };

describe("retryDelayMs", () => {
  it("waits about 1 s, then 2 s, and gives up after two retries", () => {
    expect(retryDelayMs(throttled, 0)).toBe(1000);
    expect(retryDelayMs(throttled, 1)).toBe(2000);
    expect(retryDelayMs(throttled, 2)).toBeNull();
  });

  it("honours Retry-After when the failure carries it, capped at 10 s", () => {
    expect(retryDelayMs({ ...throttled, retryAfterMs: 3000 }, 0)).toBe(3000);
    expect(retryDelayMs({ ...throttled, retryAfterMs: 0 }, 1)).toBe(0);
    expect(retryDelayMs({ ...throttled, retryAfterMs: 120_000 }, 0)).toBe(RETRY_POLICY.maxDelayMs);
  });

  it.each(["throttled", "unavailable", "network"] as const)("retries a %s failure", (kind) => {
    expect(retryDelayMs({ kind, message: "" }, 0)).not.toBeNull();
  });

  it.each(["forbidden", "notFound", "unknown", "offline"] as const)("never retries a %s failure", (kind) => {
    expect(retryDelayMs({ kind, message: "" }, 0)).toBeNull();
  });
});

describe("withRetries", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const classify = (failure: unknown) => toLoadError(failure);
  const throttling = { errorCode: 0x80072322, message: "Number of requests exceeded the limit" };

  it("tries again after 1 s and 2 s, telling each retry, and resolves the first success", async () => {
    const operation = jest.fn().mockRejectedValueOnce(throttling).mockRejectedValueOnce(throttling).mockResolvedValueOnce("rows");
    const onRetry = jest.fn();
    const result = withRetries(operation, { signal: new AbortController().signal, classify, onRetry });
    await jest.advanceTimersByTimeAsync(999);
    expect(operation).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(operation).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(2000);
    await expect(result).resolves.toBe("rows");
    expect(operation).toHaveBeenCalledTimes(3);
    expect(onRetry.mock.calls.map(([error, retry, delay]) => [(error as LoadError).kind, retry, delay])).toEqual([
      ["throttled", 1, 1000],
      ["throttled", 2, 2000],
    ]);
  });

  it("makes at most three requests, then rejects with the final error", async () => {
    const operation = jest.fn().mockRejectedValue(throttling);
    const result = withRetries(operation, { signal: new AbortController().signal, classify });
    const settled = expect(result).rejects.toEqual(new LoadFailure(toLoadError(throttling)));
    await jest.advanceTimersByTimeAsync(60_000);
    await settled;
    expect(operation).toHaveBeenCalledTimes(3);
    expect(jest.getTimerCount()).toBe(0);
  });

  it("honours a Retry-After the failure carries", async () => {
    const operation = jest.fn().mockRejectedValueOnce({ ...throttling, retryAfter: 4 }).mockResolvedValueOnce("rows");
    const result = withRetries(operation, { signal: new AbortController().signal, classify });
    await jest.advanceTimersByTimeAsync(3999);
    expect(operation).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe("rows");
  });

  it("does not retry a forbidden request", async () => {
    const operation = jest.fn().mockRejectedValue({ errorCode: 0x80040220, message: "Missing prvRead" });
    await expect(withRetries(operation, { signal: new AbortController().signal, classify })).rejects.toBeInstanceOf(LoadFailure);
    expect(operation).toHaveBeenCalledTimes(1);
  });

  it("cancels a pending retry when the signal aborts, leaving no timer behind", async () => {
    const controller = new AbortController();
    const operation = jest.fn().mockRejectedValue(throttling);
    const result = withRetries(operation, { signal: controller.signal, classify });
    const settled = expect(result).rejects.toBeInstanceOf(CancelledError);
    await jest.advanceTimersByTimeAsync(10);
    expect(jest.getTimerCount()).toBe(1);
    controller.abort();
    await settled;
    expect(jest.getTimerCount()).toBe(0);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(operation).toHaveBeenCalledTimes(1);
  });

  it("drops an answer that arrives after the signal aborted", async () => {
    const controller = new AbortController();
    let answer!: (rows: string) => void;
    const result = withRetries(() => new Promise<string>((resolve) => (answer = resolve)), { signal: controller.signal, classify });
    controller.abort();
    answer("late rows");
    await expect(result).rejects.toBeInstanceOf(CancelledError);
  });

  it("does not start at all once cancelled", async () => {
    const controller = new AbortController();
    controller.abort();
    const operation = jest.fn();
    await expect(withRetries(operation, { signal: controller.signal, classify })).rejects.toBeInstanceOf(CancelledError);
    expect(operation).not.toHaveBeenCalled();
  });
});

describe("wait", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("resolves after the time and clears its listener", async () => {
    const controller = new AbortController();
    const done = wait(500, controller.signal);
    await jest.advanceTimersByTimeAsync(500);
    await expect(done).resolves.toBeUndefined();
  });
});
