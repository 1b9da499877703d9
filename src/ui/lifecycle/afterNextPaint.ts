/** The longest a wait for a frame lasts: a page in a background tab gets none. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted its next frame (a task after the frame's animation callbacks), or after
 * FRAME_WAIT_MS when no frame comes.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve, 0);
    });
  });
}
