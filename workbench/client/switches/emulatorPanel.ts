import { h } from "../page/dom.js";
import { injectFault, resetSampleData, setLatency } from "./emulatorKnobs.js";
import type { FaultChoice, FaultSettings } from "./emulatorKnobs.js";
import { button, fieldset, inputField, selectField } from "../page/fields.js";
import type { Choice } from "../page/fields.js";
import type { Workbench } from "../page/workbench.js";

const FAULT_CHOICES: readonly Choice[] = [
  { value: "none", label: "None" },
  { value: "403", label: "403 Forbidden" },
  { value: "404", label: "404 Not found" },
  { value: "429", label: "429 Too many requests (Retry-After)" },
  { value: "500", label: "500 Server error" },
  { value: "503", label: "503 Service unavailable" },
  { value: "504", label: "504 Gateway timeout" },
  { value: "network", label: "Network failure" },
  { value: "offline", label: "Network failure, worded as the offline client" },
  { value: "slow", label: "Slow answer" },
];

function faultStatusText(fault: FaultChoice, times: number): string {
  if (fault === "none") return "No fault armed.";
  const label = FAULT_CHOICES.find((choice) => choice.value === fault)?.label ?? fault;
  return times === 1 ? `The next API request fails once with: ${label}.` : `The next ${times} API requests fail with: ${label}.`;
}

/** The emulated Dataverse's switches: latency, the fault armed for the next requests, and a reset of the sample data. */
export function emulatorSwitches(workbench: Workbench, log: (text: string) => void): HTMLFieldSetElement {
  let fault: FaultChoice = "none";
  const settings: FaultSettings = { times: 1, retryAfterSeconds: 2, slowDelayMs: 3000 };
  const faultStatus = h("p", { className: "fault-status", attrs: { role: "status" }, text: "No fault armed." });
  const armFault = async (): Promise<void> => {
    await injectFault(fault, settings);
    faultStatus.textContent = faultStatusText(fault, settings.times);
    log(`emulator: next fault = ${fault}${fault === "none" ? "" : ` × ${settings.times}`}`);
  };
  const setNetworkLatency = async (text: string): Promise<void> => {
    await setLatency(Math.max(0, Number(text) || 0));
    log(`emulator: latency = ${text} ms`);
  };
  const resetData = async (): Promise<void> => {
    await resetSampleData();
    log("emulator: sample data reset");
    await workbench.reload();
  };
  const whole = (text: string, min: number): number => Math.max(min, Math.floor(Number(text) || 0));
  return fieldset("Emulated Dataverse", [
    inputField("Network latency (ms)", "number", "0", (text) => void setNetworkLatency(text), { min: 0, step: 50 }),
    selectField("Fault for the next API request", FAULT_CHOICES, fault, (value) => (fault = value as FaultChoice)),
    inputField("Requests to fail", "number", String(settings.times), (text) => (settings.times = whole(text, 1)), { min: 1, max: 100 }),
    inputField("Retry-After (seconds; 429 always, 503/504 when above 0)", "number", String(settings.retryAfterSeconds), (text) => (settings.retryAfterSeconds = whole(text, 0)), { min: 0 }),
    inputField("Slow answer delay (ms)", "number", String(settings.slowDelayMs), (text) => (settings.slowDelayMs = whole(text, 1)), { min: 1, max: 30000, step: 500 }),
    button("Inject fault", () => void armFault()),
    faultStatus,
    button("Reset sample data", () => void resetData()),
  ]);
}
