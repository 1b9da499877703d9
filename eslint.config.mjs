// ESLint flat config. pcf-scripts' own lint step sees nothing with a root manifest, so this is the lint.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import promise from "eslint-plugin-promise";
import powerApps from "@microsoft/eslint-plugin-power-apps";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "out/", "generated/", "coverage/", "Solution/bin/", "Solution/obj/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  promise.configs["flat/recommended"],
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { react, "react-hooks": reactHooks },
    settings: { react: { version: "16.14", pragma: "createElement", fragment: "Fragment" } },
    rules: {
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always"],
      // then(onLoaded, onFailed) handles its rejection; finally() after catch() is the end of a chain.
      "promise/catch-or-return": ["error", { allowThen: true, allowFinally: true }],
    },
  },
  {
    // The control itself: what runs inside a model-driven form.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "@microsoft/power-apps": powerApps },
    languageOptions: { globals: { ...globals.browser, ComponentFramework: "readonly" } },
    rules: {
      ...powerApps.configs.paCheckerHosted.rules,
      "no-console": "error",
    },
  },
  {
    files: ["test/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.jest, ...globals.node, ...globals.browser, ComponentFramework: "readonly" } },
  },
  {
    files: ["scripts/**/*.{js,mjs}", "workbench/server/**/*.ts", "workbench/driver/**/*.ts", "**/*.{js,cjs}", "*.mjs"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["workbench/client/**/*.ts"],
    languageOptions: { globals: { ...globals.browser } },
  },
);
