#!/usr/bin/env node
// CommonJS (bin/package.json), loading the one-file build of the CLI (dist/cli/main.cjs): Node starts
// no ES-module loader for `telaah --help`; the commands, ES modules, are imported when they run.
require('../dist/cli/main.cjs').main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
