import { MINUTE } from "../../durations";
import { useEffect, useState } from "../reactBindings";

/**
 * The time now, renewed every minute while the component that asks is mounted: one timer for a whole list.
 * A hidden browser tab skips the renders and is brought up to date as soon as the agent comes back.
 */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const renew = () => {
      if (document.visibilityState !== "hidden") setNow(new Date());
    };
    const timer = setInterval(renew, MINUTE);
    document.addEventListener("visibilitychange", renew);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", renew);
    };
  }, []);
  return now;
}
