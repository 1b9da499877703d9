import * as React from "react";

/** A function that tells whether state may still be set: the component is mounted and the control alive. */
export function useIsAlive(isActive: () => boolean): () => boolean {
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return React.useCallback(() => mounted.current && isActive(), [isActive]);
}
