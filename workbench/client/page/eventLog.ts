import { h } from "./dom.js";

/** JSON that keeps what a plain JSON.stringify would hide: Maps (Apm appContext) and undefined members. */
function argumentJson(value: unknown): string {
  return JSON.stringify(value, (_key, member: unknown) => {
    if (member instanceof Map) return { Map: [...member.entries()] };
    return member === undefined ? "(undefined)" : member;
  });
}

export function describeCall(name: string, args: readonly unknown[]): string {
  const lastGiven = args.reduce<number>((last, argument, index) => (argument === undefined ? last : index), -1);
  return `${name}(${args.slice(0, lastGiven + 1).map(argumentJson).join(", ")})`;
}

/** The event log panel: every navigation and Apm call the control makes, with its exact arguments. */
export class EventLog {
  constructor(private readonly list: HTMLOListElement) {}

  call(name: string, ...args: unknown[]): void {
    this.note(describeCall(name, args));
  }

  note(text: string): void {
    const time = new Date().toLocaleTimeString("en-GB");
    this.list.append(h("li", { children: [h("span", { className: "log-time", text: time }), " ", h("code", { text })] }));
    const scroller = this.list.parentElement ?? this.list;
    scroller.scrollTop = scroller.scrollHeight;
  }

  clear(): void {
    this.list.replaceChildren();
  }
}
