// The start-up file of the CLI: dist/cli/main.js with what it imports statically (commander, the
// --jobs parsers, Io, the version) in one CommonJS file, dist/cli/main.cjs, which bin/telaah.js
// requires. One file to read and no ES-module loader make `telaah --help` start faster; every
// command stays a separate module of dist/, imported when it runs (a dynamic import stays one).
export default {
  input: 'dist/cli/main.js',
  platform: 'node',
  plugins: [{ name: 'dynamic-imports-stay-separate', resolveDynamicImport: (specifier) => ({ id: specifier, external: true }) }],
  output: { file: 'dist/cli/main.cjs', format: 'cjs', codeSplitting: false },
};
