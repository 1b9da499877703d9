import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Figure } from "./figures";
import { BUILD_INPUTS, TempProject, pcfProductionBuild, repoRoot } from "./pcfProject";
import { single } from "./stats";

export interface ShippedBytes {
  files: string[];
  raw: number;
  gzip: number;
}

/** bundle.js plus every CSS file the built manifest lists: what a form downloads for the control. */
export function measureShipped(outControlsDir: string): ShippedBytes {
  const manifest = readFileSync(join(outControlsDir, "ControlManifest.xml"), "utf8");
  const cssFiles = [...manifest.matchAll(/<css\b[^>]*\bpath="([^"]+)"/g)].map((match) => match[1]);
  const files = ["bundle.js", ...cssFiles];
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const path = join(outControlsDir, file);
    if (!existsSync(path)) throw new Error(`${path} is listed but was not built`);
    const content = readFileSync(path);
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return { files, raw, gzip };
}

/**
 * The same root component as a standard control: it renders the virtual control's element with its own
 * ReactDOM into the container, so React and Fluent end up inside its bundle.
 */
const STANDARD_ENTRY = `import * as ReactDOM from "react-dom";
import type { IInputs, IOutputs } from "../generated/ManifestTypes";
import { RelatedSessions as VirtualRelatedSessions } from "./index";

export class RelatedSessions implements ComponentFramework.StandardControl<IInputs, IOutputs> {
  private readonly control = new VirtualRelatedSessions();
  private container: HTMLDivElement | undefined;

  public init(context: ComponentFramework.Context<IInputs>, _notify: () => void, _state: ComponentFramework.Dictionary, container: HTMLDivElement): void {
    this.container = container;
    this.control.init(context);
  }

  public updateView(context: ComponentFramework.Context<IInputs>): void {
    if (this.container) ReactDOM.render(this.control.updateView(context), this.container);
  }

  public getOutputs(): IOutputs {
    return this.control.getOutputs();
  }

  public destroy(): void {
    if (this.container) ReactDOM.unmountComponentAtNode(this.container);
    this.control.destroy();
  }
}
`;

function toStandardControl(xml: string): string {
  const standard = xml
    .replace('control-type="virtual"', 'control-type="standard"')
    .replace(/^\s*<platform-library\b[^>]*\/>\s*\n/gm, "")
    .replace(/<code path="[^"]*"/, '<code path="src/standardEntry.ts"');
  if (!standard.includes('control-type="standard"') || standard.includes("<platform-library")) {
    throw new Error("Could not turn the manifest into a standard control's");
  }
  return standard;
}

/**
 * React 16 has no package exports, so webpack 5 cannot resolve the extension-less 'react/jsx-runtime' that
 * Fluent v9's ES modules import (they are "fully specified"); every standard Fluent v9 + React 16 control needs this.
 */
const STANDARD_WEBPACK_CONFIG = `module.exports = { module: { rules: [{ test: /\\.m?js$/, resolve: { fullySpecified: false } }] } };\n`;

/** What the standard build reads; its size is cached while these are unchanged. */
export const STANDARD_BUILD_INPUTS = ["src", "bench/src/bytes.ts", ...BUILD_INPUTS];

/** Builds the project's source as a standard control in a temporary copy (removed afterwards) and measures it. */
export async function measureStandardBuild(): Promise<ShippedBytes> {
  const project = new TempProject("standard");
  try {
    project.copyIn(join(repoRoot, "src"), "src");
    // The source imports the StringKey type that scripts/pcf.mjs writes before every build (npm run bench built first).
    project.copyIn(join(repoRoot, "generated", "StringKeys.d.ts"), join("generated", "StringKeys.d.ts"));
    project.write(join("src", "standardEntry.ts"), STANDARD_ENTRY);
    project.editManifest(toStandardControl);
    project.useCustomWebpack(STANDARD_WEBPACK_CONFIG);
    return measureShipped(await pcfProductionBuild(project));
  } finally {
    project.remove();
  }
}

/**
 * The history chart's entry points as the control would be without the chart: its panel renders nothing, its hook
 * asks nothing, its query builds nothing. Webpack then drops the chart, its model, its weeks and its query. What
 * stays is wiring that is not the chart's alone: the view model's `history` part, the `showHistory` setting, the
 * repository's `fetchHistory` method and the week filter in the list query.
 */
const WITHOUT_HISTORY: Record<string, string> = {
  "src/ui/history/SessionHistory.tsx": `export function SessionHistory(_props: Record<string, unknown>): null {
  return null;
}
`,
  "src/ui/history/useSessionHistory.ts": `import type { HistoryDayCount } from "../../model";
import type { RecordLoad, RecordQuery } from "../lifecycle/useRecordLoad";
import type { RootServices } from "../rootProps";

export interface SessionHistoryAnswer {
  weekStarts: number[];
  days: HistoryDayCount[];
}

export function useSessionHistory(_query: RecordQuery | null, _services: RootServices, _listShown: boolean): RecordLoad<SessionHistoryAnswer> {
  return { value: null, failed: false, reload: () => Promise.resolve() };
}
`,
  "src/data/historyQuery.ts": `import type { HistoryDayCount, SessionScope } from "../model";

export function buildHistoryQuery(_regardingId: string, _scope: SessionScope, _firstDay: number): string | null {
  return null;
}

export function mapHistoryRows(_rows: readonly unknown[]): HistoryDayCount[] {
  return [];
}
`,
};

/** What the build without the chart reads; its size is cached while these are unchanged. */
export const WITHOUT_HISTORY_BUILD_INPUTS = ["src", "bench/src/bytes.ts", ...BUILD_INPUTS];

/** Builds the control without the history chart (see WITHOUT_HISTORY) in a temporary copy and measures it. */
export async function measureWithoutHistory(): Promise<ShippedBytes> {
  const project = new TempProject("without-history");
  try {
    project.copyIn(join(repoRoot, "src"), "src");
    project.copyIn(join(repoRoot, "generated", "StringKeys.d.ts"), join("generated", "StringKeys.d.ts"));
    for (const [path, source] of Object.entries(WITHOUT_HISTORY)) project.write(path, source);
    return measureShipped(await pcfProductionBuild(project));
  } finally {
    project.remove();
  }
}

export function bytesFigures(ours: ShippedBytes, standard: ShippedBytes, withoutHistory: ShippedBytes): Figure[] {
  const files = ours.files.join(" + ");
  return [
    { id: "bytes.raw", section: "bytes", label: `shipped, minified (${files})`, unit: "bytes", ours: single(ours.raw), baseline: single(standard.raw) },
    { id: "bytes.gzip", section: "bytes", label: "shipped, gzip", unit: "bytes", ours: single(ours.gzip), baseline: single(standard.gzip) },
    {
      id: "bytes.history",
      section: "bytes",
      label: "the history chart's share of the minified bundle (shipped − a build without it)",
      unit: "bytes",
      ours: single(ours.raw - withoutHistory.raw),
      baseline: null,
    },
  ];
}
