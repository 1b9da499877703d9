import * as React from "react";
import { useCallback, useEffect } from "../reactBindings";

/** A function that tells whether state may still be set: the component is mounted and the control alive. */
export function useIsAlive(isActive: () => boolean): () => boolean {
  const mounted = React.useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current && isActive(), [isActive]);
}
