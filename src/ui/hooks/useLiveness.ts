import { useCallback, useEffect, useRef } from "react";

/** A function that tells whether state may still be set: the component is mounted and the control alive. */
export function useLiveness(isActive: () => boolean): () => boolean {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return useCallback(() => mounted.current && isActive(), [isActive]);
}
