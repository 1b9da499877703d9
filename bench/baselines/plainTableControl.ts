import { PlainTable } from "./PlainTable";
import { viewControl } from "./viewControl";

/** The manifest's constructor name, so the workbench hosts it in place of the real control. */
export const RelatedSessions = viewControl(PlainTable);
