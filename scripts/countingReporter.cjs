// A mocha reporter: the spec output people read, plus a small JSON file of counts that
// scripts/test.mjs adds up into the closing "N passed, N failed" line. The file path comes from
// MJ_RESULTS_FILE; without it the reporter behaves like plain spec.
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const failures = [];
    runner.on('fail', (test, err) => {
      failures.push({ title: test.fullTitle(), message: String(err && err.message) });
    });
    runner.once('end', () => {
      const file = process.env.MJ_RESULTS_FILE;
      if (!file) return;
      const stats = runner.stats || {};
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(
        file,
        JSON.stringify(
          {
            passed: stats.passes || 0,
            failed: stats.failures || 0,
            pending: stats.pending || 0,
            failures,
          },
          null,
          2,
        ),
      );
    });
  }
}
module.exports = CountingReporter;
