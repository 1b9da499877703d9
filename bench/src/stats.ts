/** The spread of one figure over repeated runs. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

function sortedCopy(samples: readonly number[]): number[] {
  if (samples.length === 0) throw new Error("No samples to summarise");
  if (samples.some((sample) => !Number.isFinite(sample))) throw new Error(`A sample is not a finite number: ${samples.join(", ")}`);
  return [...samples].sort((a, b) => a - b);
}

/** The middle sample; the mean of the two middle ones for an even count. */
export function median(samples: readonly number[]): number {
  const sorted = sortedCopy(samples);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile (0 < p ≤ 100): the smallest sample that p % of the samples do not exceed. */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`A percentile is above 0 and at most 100, got ${p}`);
  const sorted = sortedCopy(samples);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = sortedCopy(samples);
  return { median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** One measurement taken once (a build's size): its own median, min and max. */
export function single(value: number): Summary {
  return summarize([value]);
}
