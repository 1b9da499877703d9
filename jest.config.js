/**
 * Unit, component, workbench and packaging tests. Browser tests have their own config in test/browser.
 * ts-jest only transpiles (tsconfig.jest.json): `npm run typecheck` is where types are checked.
 */
module.exports = {
  testEnvironment: "jsdom",
  roots: ["<rootDir>/test"],
  testMatch: ["<rootDir>/test/{unit,component,workbench,packaging,bench}/**/*.test.{ts,tsx}"],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.jest.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  reporters: ["default", ["<rootDir>/test/summaryReporter.js", { label: "jest" }]],
  clearMocks: true,
  restoreMocks: true,
};
