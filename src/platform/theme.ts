import type { Theme } from "@fluentui/react-components";
import { webLightTheme } from "@fluentui/react-components";

/** The app's modern theme when the host provides one, else Fluent's web light theme. */
export function resolveTheme(context: ComponentFramework.Context<unknown>): Theme {
  const tokenTheme: unknown = context.fluentDesignLanguage?.tokenTheme;
  return typeof tokenTheme === "object" && tokenTheme !== null ? (tokenTheme as Theme) : webLightTheme;
}
