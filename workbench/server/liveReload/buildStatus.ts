/** Where npm start watch's builds stand; the page learns it over /_live/events. */
export type BuildState = "building" | "built" | "failed";

export interface BuildStatus {
  state: BuildState;
  /** The build this status is about, counted from 1 since watching started. */
  build: number;
  /** A failed build's compiler output (ANSI colours removed); empty otherwise. */
  output: string;
}

export interface BuildOutcome {
  ok: boolean;
  output: string;
}
