/** @jest-environment node */
import { median, percentile, single, summarize } from "../../bench/src/stats";

describe("median", () => {
  it("is the middle sample of an odd count, whatever the order", () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it("is the mean of the two middle samples of an even count", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("refuses no samples and samples that are not finite numbers", () => {
    expect(() => median([])).toThrow("No samples");
    expect(() => median([1, Number.NaN])).toThrow("not a finite number");
    expect(() => median([1, Number.POSITIVE_INFINITY])).toThrow("not a finite number");
  });
});

describe("percentile", () => {
  const frames = [16, 17, 16, 18, 16, 90, 17, 16, 16, 33];

  it("is the nearest-rank sample: p95 of ten frames is the slowest, p50 the fifth", () => {
    expect(percentile(frames, 95)).toBe(90);
    expect(percentile(frames, 50)).toBe(16);
    expect(percentile(frames, 80)).toBe(18);
  });

  it("p100 is the maximum", () => {
    expect(percentile(frames, 100)).toBe(90);
  });

  it("refuses a percentile outside (0, 100]", () => {
    expect(() => percentile(frames, 0)).toThrow("above 0 and at most 100");
    expect(() => percentile(frames, 101)).toThrow("above 0 and at most 100");
  });
});

describe("summarize", () => {
  it("gives median, min, max and the number of runs", () => {
    expect(summarize([12, 10, 30, 11, 13])).toEqual({ median: 12, min: 10, max: 30, runs: 5 });
  });

  it("leaves the samples it was given in their order", () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it("a single measurement is its own median, min and max", () => {
    expect(single(23_227)).toEqual({ median: 23_227, min: 23_227, max: 23_227, runs: 1 });
  });
});
