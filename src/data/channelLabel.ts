import type { Translate } from "./sessionMapper";
import { CHANNEL_NAMES } from "./sessionSchema";
import { nonBlankText } from "./textInput";

/**
 * A channel as the agent reads it, the one rule for a row's channel, the counted channels and the channel menu: the
 * first usable label the platform gave (a formatted value, the option set's metadata), else ours from the resx, else
 * the number.
 */
export function channelLabel(channel: number, platformLabels: readonly (string | null | undefined)[], t: Translate): string {
  const platformLabel = platformLabels.find(nonBlankText);
  if (platformLabel) return platformLabel;
  const name = CHANNEL_NAMES.get(channel);
  return name ? t(`Channel_${name}`) : String(channel);
}
