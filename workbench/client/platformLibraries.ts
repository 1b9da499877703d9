import type { ControlConstructor, PlatformGlobals } from "./context/platformTypes.js";

// The typings already declare some of these names on Window with other shapes: use our own view of window.
export const platformGlobals = window as unknown as PlatformGlobals;

export const PLATFORM_URLS = {
  react: "/platform/react_16_14_0.js",
  fluent: "/platform/fluent_9_4_0.js",
  bundle: "/controls/bundle.js",
} as const;

/** A script element per file: the browser streams and compiles each as it downloads (see docs/performance.md, the compile hint). */
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.async = false;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * Loads the libraries in the order a model-driven app does: React (globals Reactv16/ReactDOMv16), the
 * React/ReactDOM aliases Fluent's UMD build reads, Fluent (FluentUIReactv940), the registry, then the bundle.
 */
export async function loadControl(controlName: string): Promise<ControlConstructor> {
  await loadScript(PLATFORM_URLS.react);
  platformGlobals.React = platformGlobals.Reactv16;
  platformGlobals.ReactDOM = platformGlobals.ReactDOMv16;
  await loadScript(PLATFORM_URLS.fluent);
  const registered = new Map<string, ControlConstructor>();
  platformGlobals.ComponentFramework = {
    registerControl(name, controlConstructor) {
      registered.set(name, controlConstructor);
    },
  };
  await loadScript(PLATFORM_URLS.bundle);
  const controlConstructor = registered.get(controlName);
  if (!controlConstructor) {
    throw new Error(`bundle.js did not register ${controlName} (registered: ${[...registered.keys()].join(", ") || "nothing"})`);
  }
  return controlConstructor;
}

export function platformReact() {
  const react = platformGlobals.Reactv16;
  const reactDom = platformGlobals.ReactDOMv16;
  const fluent = platformGlobals.FluentUIReactv940;
  if (!react || !reactDom || !fluent) throw new Error("The platform libraries are not loaded");
  return { react, reactDom, fluent };
}
