/**
 * Ends a jest run with one plain line, "<suite>: N passed, N failed[, N skipped]", that any CI log reader can count.
 */
class SummaryReporter {
  /** @param {unknown} _globalConfig @param {{ label?: string }} [options] */
  constructor(_globalConfig, options = {}) {
    this.label = options.label ?? "tests";
  }

  /** @param {unknown} _contexts @param {import("@jest/reporters").AggregatedResult} results */
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped > 0 ? `, ${skipped} skipped` : "";
    process.stderr.write(`\n${this.label}: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`);
  }
}

module.exports = SummaryReporter;
