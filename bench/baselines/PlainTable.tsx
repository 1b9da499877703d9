import * as React from "react";
import { createElement } from "react";
import {
  Badge,
  FluentProvider,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  webLightTheme,
} from "@fluentui/react-components";
import type { Theme } from "@fluentui/react-components";
import type { BaselineContext, SessionRow } from "./baselineSessions";
import { fetchEveryPage, formRecord, pageSizeOf, sessionsQuery } from "./baselineSessions";

const COLUMNS = ["Subject", "Status", "Channel", "Agent", "Started"];

function themeOf(context: BaselineContext): Theme {
  const tokenTheme: unknown = context.fluentDesignLanguage?.tokenTheme;
  return typeof tokenTheme === "object" && tokenTheme !== null ? (tokenTheme as Theme) : webLightTheme;
}

/** The plain way to show records with Fluent v9: load them, then a Table with a row for every one. */
export function PlainTable({ context }: { context: BaselineContext }): React.ReactElement {
  const [rows, setRows] = React.useState<SessionRow[] | null>(null);
  const record = formRecord(context);
  const recordId = record?.id ?? null;
  const pageSize = pageSizeOf(context);
  const { webAPI } = context;

  React.useEffect(() => {
    if (recordId === null) return undefined;
    let live = true;
    fetchEveryPage(webAPI, sessionsQuery(recordId, "all", ""), pageSize).then(
      (all) => live && setRows(all),
      () => live && setRows([]),
    );
    return () => {
      live = false;
    };
  }, [webAPI, recordId, pageSize]);

  return (
    <FluentProvider theme={themeOf(context)}>
      {rows === null ? (
        <p>Loading…</p>
      ) : (
        <Table aria-label={`Sessions regarding ${record?.name ?? ""}`} size="small">
          <TableHeader>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableHeaderCell key={column}>{column}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} data-session-id={row.id}>
                <TableCell>{row.subject}</TableCell>
                <TableCell>
                  <Badge appearance="tint">{row.status}</Badge>
                </TableCell>
                <TableCell>{row.channel}</TableCell>
                <TableCell>{row.owner}</TableCell>
                <TableCell>{row.started}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </FluentProvider>
  );
}
