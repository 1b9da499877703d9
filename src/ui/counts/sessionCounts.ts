import { statusCovers } from "../../data/sessionQuery";
import { CHANNEL_LABEL_KEYS, OPEN_SESSION_STATES, StateCode } from "../../data/sessionSchema";
import type { SessionCountGroup, SessionCounts, StatusFilter } from "../../model";
import type { Formatter } from "../../platform/formatting";
import type { OptionSetLabels } from "../../platform/optionSetLabels";
import type { Strings } from "../../platform/strings";

/**
 * The summary's buckets, in the order it tells them. Each names its plural resx string, Counts_<bucket>, and an open
 * session's bucket is the one its badge names (Status_Active → Active).
 */
const COUNT_BUCKETS = ["Active", "New", "WrapUp", "Open", "Scheduled", "Closed"] as const;
export type CountBucket = (typeof COUNT_BUCKETS)[number];

export interface BucketCount {
  bucket: CountBucket;
  count: number;
}

export interface ChannelOption {
  value: number;
  label: string;
  count: number | null;
}

function bucketOf({ stateCode, sessionState }: SessionCountGroup): CountBucket | null {
  if (stateCode === StateCode.open) {
    const refinement = sessionState === null ? undefined : OPEN_SESSION_STATES.get(sessionState);
    return refinement ? (refinement.labelKey.replace("Status_", "") as CountBucket) : "Open";
  }
  if (stateCode === StateCode.scheduled) return "Scheduled";
  return stateCode === StateCode.completed || stateCode === StateCode.canceled ? "Closed" : null;
}

/** The sessions per bucket, in the summary's order, leaving out empty buckets. */
export function summarizeCounts(counts: SessionCounts): BucketCount[] {
  return COUNT_BUCKETS.map((bucket) => ({
    bucket,
    count: counts.groups.reduce((total, group) => total + (bucketOf(group) === bucket ? group.count : 0), 0),
  })).filter(({ count }) => count > 0);
}

/** "2 active · 1 in wrap-up · 37 closed", each with the plural form the language picks. */
export function describeCounts(summary: readonly BucketCount[], strings: Strings, formatter: Formatter): string {
  return summary.map(({ bucket, count }) => strings.plural(`Counts_${bucket}`, count, formatter.integer(count))).join(" · ");
}

/** How many sessions a status chip finds among these channels (none chosen: every channel). */
export function statusCount(counts: SessionCounts, status: StatusFilter, channels: readonly number[]): number {
  return counts.groups
    .filter((group) => statusCovers(status, group.stateCode) && (channels.length === 0 || (group.channel !== null && channels.includes(group.channel))))
    .reduce((total, group) => total + group.count, 0);
}

/**
 * Every channel the record's sessions use, by label, with how many sessions of the chosen status it has. The list
 * stays the same when the status changes, so a chosen channel never drops out of the menu.
 */
export function channelOptions(counts: SessionCounts, status: StatusFilter, strings: Strings, optionSet: OptionSetLabels | null): ChannelOption[] {
  const options = new Map<number, { value: number; label: string; count: number }>();
  for (const group of counts.groups) {
    if (group.channel === null) continue;
    const platformLabel = group.channelLabel?.trim() ? group.channelLabel : metadataLabel(group.channel, optionSet);
    const option = options.get(group.channel) ?? { value: group.channel, label: channelLabel(group.channel, platformLabel, strings), count: 0 };
    if (statusCovers(status, group.stateCode)) option.count += group.count;
    options.set(group.channel, option);
  }
  return [...options.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * Every channel there is, uncounted (counts off or not known yet): the option set's visible options in the maker's
 * order with the platform's labels, then the channels the control knows that the metadata did not list, with ours.
 * Without metadata, ours alone.
 */
export function uncountedChannelOptions(optionSet: OptionSetLabels | null, strings: Strings): ChannelOption[] {
  const fromMetadata = (optionSet?.options ?? []).map(({ value, label }) => ({ value, label, count: null }));
  const listed = new Set([...fromMetadata.map(({ value }) => value), ...(optionSet?.hidden ?? [])]);
  const fromResx = [...CHANNEL_LABEL_KEYS.keys()].filter((value) => !listed.has(value)).map((value) => ({ value, label: channelLabel(value, null, strings), count: null }));
  return [...fromMetadata, ...fromResx];
}

function metadataLabel(channel: number, optionSet: OptionSetLabels | null): string | null {
  return optionSet?.options.find(({ value }) => value === channel)?.label ?? null;
}

/** The platform's label (formatted value or metadata), else ours, else the raw value (as a session row's channel). */
export function channelLabel(channel: number, platformLabel: string | null, strings: Strings): string {
  if (platformLabel !== null && platformLabel.trim() !== "") return platformLabel;
  const key = CHANNEL_LABEL_KEYS.get(channel);
  return key ? strings.get(key) : String(channel);
}
