/** Browser tests: the production bundle hosted by the workbench page, driven in headless Chromium. */
module.exports = {
  rootDir: "../..",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
  testEnvironment: "node",
  globalSetup: "<rootDir>/test/browser/globalSetup.ts",
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/browser/tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "js", "json"],
  testTimeout: 60000,
  reporters: ["default", ["<rootDir>/test/summaryReporter.js", { label: "browser" }]],
};
