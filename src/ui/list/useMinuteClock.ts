import { MINUTE } from "../../durations";
import { useVisiblePageTimer } from "../refresh/useVisiblePageTimer";
import { useState } from "../reactBindings";

/**
 * The time now, renewed every minute while the component that asks is mounted: one timer for a whole list.
 * A hidden browser tab skips the renders and is brought up to date as soon as the agent comes back.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  const renew = () => setNow(new Date());
  useVisiblePageTimer(MINUTE, renew, renew);
  return now;
}
