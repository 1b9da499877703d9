import * as React from "react";
import { createElement } from "react";
import type { BaselineContext, SessionRow, StateFilter } from "./baselineSessions";
import { fetchEveryPage, formRecord, openNewSessionForm, pageSizeOf, sessionsQuery } from "./baselineSessions";

const STATE_LABELS: ReadonlyArray<[StateFilter, string]> = [
  ["all", "All"],
  ["active", "Active"],
  ["closed", "Closed"],
];

/**
 * The naive related-records control: its effect depends on the context object, which is new on every
 * updateView, so every form change re-queries; it walks every page before showing anything, re-queries on
 * every keystroke of the search and reloads everything after a new session.
 */
export function NaiveSessions({ context }: { context: BaselineContext }): React.ReactElement {
  const [rows, setRows] = React.useState<SessionRow[] | null>(null);
  const [state, setState] = React.useState<StateFilter>("all");
  const [search, setSearch] = React.useState("");
  const [reloads, setReloads] = React.useState(0);
  const record = formRecord(context);

  React.useEffect(() => {
    const current = formRecord(context);
    if (current === null) return undefined;
    let live = true;
    fetchEveryPage(context.webAPI, sessionsQuery(current.id, state, search), pageSizeOf(context)).then(
      (all) => live && setRows(all),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [context, state, search, reloads]);

  const start = (): void => {
    if (record) void openNewSessionForm(context, record).then(() => setReloads((count) => count + 1));
  };

  return (
    <div>
      <div role="radiogroup" aria-label="Status">
        {STATE_LABELS.map(([value, label]) => (
          <label key={value}>
            <input type="radio" name="naive-state" checked={state === value} onChange={() => setState(value)} />
            {label}
          </label>
        ))}
      </div>
      <input type="search" aria-label="Search subject" value={search} onChange={(event) => setSearch(event.target.value)} />
      <button type="button" onClick={start}>
        New session
      </button>
      {rows === null ? (
        <p>Loading…</p>
      ) : (
        <ul aria-label={`Sessions regarding ${record?.name ?? ""}`}>
          {rows.map((row) => (
            <li key={row.id} data-session-id={row.id}>
              {[row.subject, row.status, row.channel, row.owner, row.started].join(" · ")}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
