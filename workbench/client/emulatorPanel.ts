import { h } from "./dom.js";
import { injectNextFault, resetSampleData, setLatency } from "./emulatorControls.js";
import type { FaultChoice } from "./emulatorControls.js";
import { button, fieldset, inputField, selectField } from "./fields.js";
import type { Choice } from "./fields.js";
import type { Workbench } from "./workbench.js";

const FAULT_CHOICES: readonly Choice[] = [
  { value: "none", label: "None" },
  { value: "403", label: "403 Forbidden" },
  { value: "404", label: "404 Not found" },
  { value: "429", label: "429 Too many requests (Retry-After)" },
  { value: "500", label: "500 Server error" },
  { value: "network", label: "Network failure" },
];

/** The emulated Dataverse's switches: latency, the next injected fault, and a reset of the sample data. */
export function emulatorSwitches(workbench: Workbench, log: (text: string) => void): HTMLFieldSetElement {
  let fault: FaultChoice = "none";
  let retryAfterSeconds = 2;
  const faultStatus = h("p", { className: "fault-status", attrs: { role: "status" }, text: "No fault armed." });
  const armFault = async (): Promise<void> => {
    await injectNextFault(fault, retryAfterSeconds);
    const label = FAULT_CHOICES.find((choice) => choice.value === fault)?.label;
    faultStatus.textContent = fault === "none" ? "No fault armed." : `The next API request fails once with: ${label}.`;
    log(`emulator: next fault = ${fault}`);
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
  return fieldset("Emulated Dataverse", [
    inputField("Network latency (ms)", "number", "0", (text) => void setNetworkLatency(text), { min: 0, step: 50 }),
    selectField("Fault for the next API request", FAULT_CHOICES, fault, (value) => (fault = value as FaultChoice)),
    inputField("Retry-After for 429 (seconds)", "number", String(retryAfterSeconds), (text) => (retryAfterSeconds = Math.max(0, Number(text) || 0)), { min: 0 }),
    button("Inject fault", () => void armFault()),
    faultStatus,
    button("Reset sample data", () => void resetData()),
  ]);
}
