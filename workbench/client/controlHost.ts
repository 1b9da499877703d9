import type { HostedContext } from "./context/context.js";
import type { EventLog } from "./page/eventLog.js";
import type { ControlConstructor, RelatedSessionsControl } from "./context/platformTypes.js";
import { platformReact } from "./platformLibraries.js";

/**
 * The control's lifecycle as a form runs it: construct, init, updateView and render the returned element
 * with ReactDOM; updateView again on every change; unmount and destroy when the form goes away.
 */
export class ControlHost {
  private control: RelatedSessionsControl | undefined;
  private renderQueued = false;

  constructor(
    private readonly controlConstructor: ControlConstructor,
    private readonly container: HTMLElement,
    private readonly contextFor: (updatedProperties: string[]) => HostedContext,
    private readonly log: EventLog,
  ) {}

  mount(): void {
    this.unmount();
    const control = new this.controlConstructor();
    this.control = control;
    // A virtual control gets no container: it renders through the element updateView returns.
    control.init(this.contextFor([]), () => this.onOutputChanged(), {});
    this.render(control, this.contextFor([]));
  }

  update(updatedProperties: string[]): void {
    if (this.control) this.render(this.control, this.contextFor(updatedProperties));
  }

  /** factory.requestRender: coalesced, like the platform, into one updateView on the next turn. */
  requestRender(): void {
    if (this.renderQueued) return;
    this.renderQueued = true;
    queueMicrotask(() => {
      this.renderQueued = false;
      this.update([]);
    });
  }

  unmount(): void {
    if (!this.control) return;
    platformReact().reactDom.unmountComponentAtNode(this.container);
    this.control.destroy();
    this.control = undefined;
  }

  private render(control: RelatedSessionsControl, context: HostedContext): void {
    platformReact().reactDom.render(control.updateView(context), this.container);
  }

  private onOutputChanged(): void {
    this.log.note(`notifyOutputChanged() → getOutputs() = ${JSON.stringify(this.control?.getOutputs?.() ?? null)}`);
  }
}
