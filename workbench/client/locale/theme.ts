import { platformReact } from "../platformLibraries.js";

export type ThemeName = "light" | "dark" | "highContrast";

/** Fluent's web brand ramp (brandWeb), which webLightTheme and webDarkTheme are built from. */
const BRAND_WEB: ComponentFramework.BrandVariants = {
  10: "#061724", 20: "#082338", 30: "#0a2e4a", 40: "#0c3b5e", 50: "#0e4775", 60: "#0f548c", 70: "#115ea3", 80: "#0f6cbd",
  90: "#2886de", 100: "#479ef5", 110: "#62abf5", 120: "#77b7f7", 130: "#96c6fa", 140: "#b4d6fa", 150: "#cfe4fa", 160: "#ebf3fc",
};

/**
 * context.fluentDesignLanguage as a model-driven app with modern theming gives it. "highContrast" hands over Fluent's
 * high-contrast tokens, to see the control in high-contrast colours; the browser's real forced-colours mode (Windows
 * contrast themes) cannot be switched on by a page; forcedColors.ts shows whether the browser is in it and how to
 * get there. The browser tests use page.emulateMedia({ forcedColors: "active" }).
 */
export function fluentDesignLanguage(theme: ThemeName): ComponentFramework.FluentDesignState {
  const { fluent } = platformReact();
  const tokenTheme = theme === "dark" ? fluent.webDarkTheme : theme === "highContrast" ? fluent.teamsHighContrastTheme : fluent.webLightTheme;
  return { tokenTheme, brand: BRAND_WEB, isDarkTheme: theme !== "light" };
}

/** The host page wears the same tokens as CSS variables, the way FluentProvider exposes them. */
export function applyPageTheme(design: ComponentFramework.FluentDesignState): void {
  const root = document.documentElement;
  for (const [token, value] of Object.entries(design.tokenTheme)) root.style.setProperty(`--${token}`, String(value));
  root.dataset.theme = design.isDarkTheme ? "dark" : "light";
  root.style.colorScheme = design.isDarkTheme ? "dark" : "light";
}
