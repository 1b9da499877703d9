import "@testing-library/jest-dom";

// React reports misuse (state updates after unmount, updates outside act, bad props) through console.error;
// any such report fails the test that caused it.
let consoleErrors: unknown[][] = [];
const originalConsoleError = console.error;

beforeEach(() => {
  consoleErrors = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    originalConsoleError(...args);
  };
});

afterEach(() => {
  console.error = originalConsoleError;
  if (consoleErrors.length > 0) {
    throw new Error(`console.error was called ${consoleErrors.length} time(s); first: ${String(consoleErrors[0][0]).slice(0, 300)}`);
  }
});
