import { statusCovers } from "../../data/sessionQuery";
import { channelLabel } from "../../data/channelLabel";
import { CHANNEL_NAMES, OPEN_SESSION_STATES, StateCode } from "../../data/sessionSchema";
import type { SessionCountGroup, SessionCounts, StatusChoice } from "../../model";
import type { Formatter } from "../../platform/formatting";
import type { OptionSetLabels } from "../../platform/optionSetLabels";
import { joinParts } from "../../platform/strings";
import type { Strings } from "../../platform/strings";
import type { ChannelFilterOption } from "../filters/ChannelFilter";

/**
 * The summary's buckets, in the order it tells them. Each names its plural resx string, Counts_<bucket>, and an open
 * session's bucket is the one its badge names (Active, New, WrapUp), else Open.
 */
const COUNT_BUCKETS = ["Active", "New", "WrapUp", "Open", "Scheduled", "Closed"] as const;
export type CountBucket = (typeof COUNT_BUCKETS)[number];

export interface BucketCount {
  bucket: CountBucket;
  count: number;
}

function bucketOf({ stateCode, sessionState }: SessionCountGroup): CountBucket | null {
  if (stateCode === StateCode.open) {
    return (sessionState === null ? undefined : OPEN_SESSION_STATES.get(sessionState))?.name ?? "Open";
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
  return joinParts(
    strings,
    summary.map(({ bucket, count }) => strings.plural(`Counts_${bucket}`, count, formatter.integer(count))),
  );
}

/** How many sessions a status chip finds among these channels (none chosen: every channel). */
export function statusCount(counts: SessionCounts, status: StatusChoice, channels: readonly number[]): number {
  return counts.groups
    .filter((group) => statusCovers(status, group.stateCode) && (channels.length === 0 || (group.channel !== null && channels.includes(group.channel))))
    .reduce((total, group) => total + group.count, 0);
}

/**
 * Every channel the record's sessions use, by label, with how many sessions of the chosen status it has. The list
 * stays the same when the status changes, so a chosen channel never drops out of the menu.
 */
export function channelOptions(counts: SessionCounts, status: StatusChoice, strings: Strings, optionSet: OptionSetLabels | null): ChannelFilterOption[] {
  const options = new Map<number, { value: number; label: string; count: number }>();
  for (const group of counts.groups) {
    if (group.channel === null) continue;
    const label = aggregateChannelLabel(group.channel, group.channelLabel, optionSet, strings);
    const option = options.get(group.channel) ?? { value: group.channel, label, count: 0 };
    if (statusCovers(status, group.stateCode)) option.count += group.count;
    options.set(group.channel, option);
  }
  return [...options.values()].sort((a, b) => strings.compare(a.label, b.label));
}

/**
 * Every channel there is, uncounted (counts off or not known yet): the option set's visible options in the maker's
 * order with the platform's labels, then the channels the control knows that the metadata did not list, with ours.
 * Without metadata, ours alone.
 */
export function uncountedChannelOptions(optionSet: OptionSetLabels | null, strings: Strings): ChannelFilterOption[] {
  const fromMetadata = (optionSet?.options ?? []).map(({ value, label }) => ({ value, label, count: null }));
  const listed = new Set([...fromMetadata.map(({ value }) => value), ...(optionSet?.hidden ?? [])]);
  const fromResx = [...CHANNEL_NAMES.keys()].filter((value) => !listed.has(value)).map((value) => ({ value, label: channelLabel(value, [], strings.get), count: null }));
  return [...fromMetadata, ...fromResx];
}

/** A channel an aggregate counted (here and in the history chart), by the aggregate's label, the option set's, or ours. */
export function aggregateChannelLabel(channel: number, platformLabel: string | null, optionSet: OptionSetLabels | null, strings: Strings): string {
  return channelLabel(channel, [platformLabel, optionSet?.options.find(({ value }) => value === channel)?.label], strings.get);
}
