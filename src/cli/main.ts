/**
 * The command-line program: commander with exitOverride so it runs in-process; each command's
 * module is imported only when that command runs. Exit codes: 0 ok, 1 problems in the user's data,
 * 2 usage error or crash.
 */
import { Command, CommanderError, Option } from 'commander';
import { countArg, jobsArg, secondsArg } from './commands/jobs.js';
import { processIo, type Io } from './io.js';
import { VERSION } from './version.js';
import type { Edit as CodebookEdit } from './commands/codebook-edit.js';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode = EXIT_OK;
  const debug = argv.includes('--debug');
  const program = new Command('telaah')
    .description('Qualitative analysis of interview transcripts: reduce, code, triangulate, display, conclude.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'show stack traces for internal errors')
    .exitOverride()
    .hook('preAction', () => io.prepare())
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s.startsWith('error:') ? `telaah: ${s}` : s),
    })
    .addHelpText('after', `
Examples:
  $ telaah init my-thesis --codebook bartania      start a project
  $ telaah lint --project my-thesis                 check codebook, telaah.yaml and transcripts
  $ telaah lint codebooks/*.yaml --format github    annotate a CI run
  $ telaah run my-thesis                            the whole analysis, written to my-thesis/out/

Docs: README.md, docs/codebook-format.md, docs/transcript-format.md`);

  const set = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };

  program
    .command('lint')
    .description('check codebooks (and with --project, telaah.yaml and every transcript); report every problem at once')
    .argument('[codebooks...]', 'codebook files or bundled names (default: the project in this folder)')
    .option('-p, --project <dir>', 'lint a whole project folder')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['pretty', 'json', 'github']).default('pretty'))
    .option('--strict', 'exit 1 on warnings too')
    .addHelpText('after', `
Examples:
  $ telaah lint codebooks/bartania.yaml
  $ telaah lint --project samples/pujud --strict
  $ telaah lint my-codebook.yaml --format github    (GitHub Actions annotations)

Exit codes: 0 clean, 1 errors found (or warnings with --strict), 2 usage error.`)
    .action(async (codebooks: string[], opts) => {
      const { lintCommand } = await import('./commands/lint.js');
      set(await lintCommand(codebooks, opts, io));
    });

  program
    .command('init')
    .description('create a new project folder: telaah.yaml, transcripts/ with an example, codings/, .gitignore')
    .argument('[dir]', 'folder to create the project in', '.')
    .option('-c, --codebook <name>', 'bundled codebook name or path to a codebook file', 'bartania')
    .addOption(new Option('-l, --lang <lang>', 'language of the example transcript and the drafts').choices(['id', 'en']).default('id'))
    .addHelpText('after', `
Examples:
  $ telaah init skripsi-pujud
  $ telaah init thesis --codebook ansell-gash-2008 --lang en

Never overwrites a file: if any file it would write exists, it writes nothing.`)
    .action(async (dir: string, opts) => {
      const { initCommand } = await import('./commands/init.js');
      set(await initCommand(dir, opts, io));
    });

  program
    .command('reduce')
    .description('data reduction: drop interviewer turns, fillers, greetings, empty and duplicate segments; write out/reduced/ and out/reduction.csv')
    .argument('[project]', 'project folder', '.')
    .option('-o, --out <dir>', 'output folder (default: `output:` in telaah.yaml)')
    .addHelpText('after', `
Example:
  $ telaah reduce samples/pujud
  $ telaah reduce . --out /tmp/hasil`)
    .action(async (dir: string, opts) => {
      const { reduceCommand } = await import('./commands/reduce.js');
      set(await reduceCommand(dir, opts, io));
    });

  program
    .command('code')
    .description('code every segment: automatic codes from the codebook plus the manual codings in codings/; write out/segments.jsonl and out/codings.csv')
    .argument('[project]', 'project folder', '.')
    .option('-o, --out <dir>', 'output folder (default: `output:` in telaah.yaml)')
    .addOption(new Option('-f, --format <format>', 'what to print').choices(['table', 'jsonl', 'csv']).default('table'))
    .addOption(new Option('--auto <mode>', 'automatic coding: on, suggest (offered, not counted) or off').choices(['on', 'suggest', 'off']))
    .option('-i, --interactive', 'code by hand in the terminal, segment by segment (needs --coder)')
    .option('--coder <name>', 'your name: codings are saved to codings/<name>.yaml')
    .option('-j, --jobs <n>', 'threads for reducing and coding (default: one per core for a big corpus; env TELAAH_JOBS)', jobsArg)
    .option('--shard <I/N>', 'code only shard I of N (0 ≤ I < N) into <output>-parts/part-I-of-N.jsonl; combine with `telaah merge`')
    .option('--explain <segment>', 'show why a segment gets its automatic codes: every candidate code with its evidence and confidence')
    .option('--review <coder>', "with --interactive: walk another coder's codings (e.g. a model's) and accept, change or reject each into yours")
    .option('--assist <url>', 'a language model codes as coder --coder, on an OpenAI-compatible server on this computer (e.g. http://localhost:11434/v1)')
    .option('--model <name>', 'with --assist: the model the server runs')
    .option('--allow-remote', 'with --assist: allow a server that is not on this computer (the transcripts are sent to it)')
    .option('--transcripts <ids>', 'with --assist: only these transcripts (comma-separated ids)')
    .option('--limit <n>', 'with --assist: send at most N segments this time', countArg(1))
    .option('-n, --dry-run', 'with --assist: print the first prompt and what would be sent; send nothing')
    .option('--seed <n>', 'with --assist: the seed for the model (default 42; temperature is always 0)', countArg(0))
    .option('--timeout <seconds>', 'with --assist: time to wait for one answer (default 300)', secondsArg)
    .option('--retries <n>', 'with --assist: new attempts when an answer fails or is not valid JSON (default 2)', countArg(0, 10))
    .addHelpText('after', `
Examples:
  $ telaah code samples/pujud
  $ telaah code samples/pujud --explain pujud-camat#12
  $ telaah code . --auto suggest --format jsonl | head
  $ telaah code . --interactive --coder sari      (keys: 1-9 choose, p limit, v quote, / search, g list, n new code, ? help)
  $ telaah code . --shard 0/4                     (one of four machines; then: telaah merge out-parts --out out)
  $ telaah code . --assist http://localhost:11434/v1 --model qwen2.5:7b-instruct --coder qwen --limit 5
  $ telaah code . --interactive --coder sari --review qwen     (a: accept, /: change the code, p: polarity, r: reject)`)
    .action(async (dir: string, opts) => {
      const assistOnly = ['model', 'allowRemote', 'transcripts', 'limit', 'dryRun', 'seed', 'timeout', 'retries'].filter((k) => opts[k] !== undefined);
      if (opts.assist === undefined && assistOnly.length) {
        io.stderr(`telaah: error: ${assistOnly.map((k) => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`).join(', ')} only go with --assist URL (a language model coding)\n`);
        set(EXIT_USAGE);
        return;
      }
      if (opts.assist !== undefined) {
        const { assistCommand } = await import('./commands/code-assist.js');
        set(await assistCommand(dir, opts, io));
        return;
      }
      if (opts.review !== undefined) {
        const { reviewCommand } = await import('./commands/code-review.js');
        set(await reviewCommand(dir, opts.coder, opts.review, io));
        return;
      }
      if (opts.interactive || opts.coder) {
        const { interactiveCommand } = await import('./commands/code-interactive.js');
        set(await interactiveCommand(dir, opts.coder, io));
        return;
      }
      if (opts.explain !== undefined) {
        const { explainCommand } = await import('./commands/code-explain.js');
        set(await explainCommand(dir, opts.explain, io));
        return;
      }
      const { codeCommand } = await import('./commands/code.js');
      set(await codeCommand(dir, opts, io));
    });

  program
    .command('kwic')
    .description('keyword in context: every occurrence of a word (matched by its stem), phrase, prefix* or /regex/ across the transcripts')
    .argument('<term>', 'a word, "a phrase", a prefix* or a /regex/')
    .argument('[project]', 'project folder', '.')
    .option('-w, --width <n>', 'line width (default: the terminal width)')
    .addHelpText('after', `
Examples:
  $ telaah kwic percaya samples/pujud          (percaya, kepercayaan, dipercaya, ...)
  $ telaah kwic "rapat koordinasi" samples/pujud --width 120`)
    .action(async (term: string, dir: string, opts) => {
      const { kwicCommand } = await import('./commands/kwic.js');
      set(await kwicCommand(term, dir, opts, io));
    });

  program
    .command('triangulate')
    .description('triangulation per code: segments, informants, groups, methods, support/limit and status; write out/triangulation.csv')
    .argument('[project]', 'project folder', '.')
    .option('-o, --out <dir>', 'output folder (default: `output:` in telaah.yaml)')
    .addHelpText('after', `
Example:
  $ telaah triangulate samples/pujud

Status: converged (enough groups and methods, support outweighs limits), contested (support and
limits from different sources), thin (one group or one method), single-source, absent.`)
    .action(async (dir: string, opts) => {
      const { triangulateCommand } = await import('./commands/triangulate.js');
      set(await triangulateCommand(dir, opts, io));
    });

  program
    .command('matrix')
    .description('coded matrices (data display): code × informant / group / method, co-occurrence, framework chart; write out/matrix/')
    .argument('[project]', 'project folder', '.')
    .option('-o, --out <dir>', 'output folder (default: `output:` in telaah.yaml)')
    .option('-s, --show', 'print the matrices as tables')
    .addHelpText('after', `
Example:
  $ telaah matrix samples/pujud --show`)
    .action(async (dir: string, opts) => {
      const { matrixCommand } = await import('./commands/matrix.js');
      set(await matrixCommand(dir, opts, io));
    });

  program
    .command('conclude')
    .description('write the conclusion draft out/conclusions.md (results per indicator with quotes, conclusions, suggestions)')
    .argument('[project]', 'project folder', '.')
    .option('-o, --out <dir>', 'output folder (default: `output:` in telaah.yaml)')
    .addOption(new Option('-l, --lang <lang>', 'language of the draft (default: `language:` in telaah.yaml)').choices(['id', 'en']))
    .option('--docx', 'also write the draft as a Word document, out/conclusions.docx')
    .addHelpText('after', `
Examples:
  $ telaah conclude samples/pujud
  $ telaah conclude samples/pujud --lang en --docx`)
    .action(async (dir: string, opts) => {
      const { concludeCommand } = await import('./commands/conclude.js');
      set(await concludeCommand(dir, opts, io));
    });

  program
    .command('run')
    .description('the whole method: reduce → code → triangulate → matrices → conclusions; replace out/ with every output and run.json')
    .argument('[project]', 'project folder', '.')
    .option('-o, --out <dir>', 'output folder (default: `output:` in telaah.yaml)')
    .option('--check', 'recompute in memory and compare with the output folder; exit 1 on any difference')
    .addOption(new Option('-l, --lang <lang>', 'language of the draft').choices(['id', 'en']))
    .addOption(new Option('--auto <mode>', 'automatic coding: on, suggest or off').choices(['on', 'suggest', 'off']))
    .option('--xlsx', 'also write telaah.xlsx: every matrix, the segments and the triangulation in one workbook')
    .option('-j, --jobs <n>', 'threads for reducing and coding (default: one per core for a big corpus; env TELAAH_JOBS)', jobsArg)
    .addHelpText('after', `
Examples:
  $ telaah run samples/pujud
  $ telaah run . --check        (a supervisor or CI: are the shared outputs what the inputs give?)
  $ telaah run . --xlsx         (also out/telaah.xlsx, for a spreadsheet)

Two runs over the same inputs write byte-identical files, wherever the folder lives.`)
    .action(async (dir: string, opts) => {
      const { runCommand } = await import('./commands/run.js');
      set(await runCommand(dir, opts, io));
    });

  program
    .command('report')
    .description('write out/report.html (one self-contained page: summary, heatmap, triangulation, quotes, co-occurrence) and the SVG figures in out/figures/')
    .argument('[project]', 'project folder', '.')
    .option('-o, --out <dir>', 'output folder (default: `output:` in telaah.yaml)')
    .addOption(new Option('-l, --lang <lang>', 'language of the labels (default: `language:` in telaah.yaml)').choices(['id', 'en']))
    .addHelpText('after', `
Examples:
  $ telaah report samples/pujud              then open samples/pujud/out/report.html in a browser
  $ telaah report . --lang en

Also written by \`telaah run\`. figures/heatmap.svg and figures/triangulation.svg go into Word or LaTeX as they are.`)
    .action(async (dir: string, opts) => {
      const { reportCommand } = await import('./commands/report.js');
      set(await reportCommand(dir, opts, io));
    });

  program
    .command('merge')
    .description('combine the parts of a sharded run (`telaah code --shard I/N`) into exactly the files `telaah run` writes')
    .argument('<parts...>', 'part-I-of-N.jsonl files, or folders holding them')
    .requiredOption('-o, --out <dir>', 'output folder to write (replaced as a whole, like `telaah run`)')
    .addHelpText('after', `
Examples:
  $ telaah merge my-thesis/out-parts --out my-thesis/out
  $ telaah merge part-0-of-2.jsonl part-1-of-2.jsonl --out out

Checks that the parts come from the same project, codebook, options and telaah version, and that
every shard is there exactly once.`)
    .action(async (parts: string[], opts) => {
      const { mergeCommand } = await import('./commands/merge.js');
      set(await mergeCommand(parts, opts, io));
    });

  program
    .command('agree')
    .description("agreement between two coders: percent agreement, Cohen's kappa and Krippendorff's alpha per code and pooled")
    .argument('[project]', 'project folder', '.')
    .requiredOption('-c, --coders <a,b>', 'two coders (names of codings/<name>.yaml; "auto" is the automatic coder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .addHelpText('after', `
Examples:
  $ telaah agree samples/pujud --coders sari,auto
  $ telaah agree . --coders sari,budi --format json`)
    .action(async (dir: string, opts) => {
      const { agreeCommand } = await import('./commands/agree.js');
      set(await agreeCommand(dir, opts, io));
    });

  // REFI-QDA exchange (NVivo, ATLAS.ti, MAXQDA, QualCoder): a command group, one subcommand per format
  const exportCmd = program
    .command('export')
    .description('write the codebook or the analysis in a format other programs open: REFI-QDA .qdc / .qdpx, Excel .xlsx');
  exportCmd
    .command('qdc')
    .description('a codebook as a REFI-QDA codebook (.qdc) for NVivo, ATLAS.ti, MAXQDA, QualCoder')
    .argument('<codebook>', 'bundled codebook name or path to a codebook file')
    .requiredOption('-o, --out <file>', 'the .qdc file to write')
    .addOption(new Option('-l, --lang <lang>', 'language of the code names and descriptions').choices(['id', 'en']).default('id'))
    .addHelpText('after', `
Examples:
  $ telaah export qdc bartania -o bartania.qdc
  $ telaah export qdc ./codebook.yaml -o codebook.qdc --lang en`)
    .action(async (ref: string, opts) => {
      const { exportQdcCommand } = await import('./commands/export-qdc.js');
      set(await exportQdcCommand(ref, opts, io));
    });
  exportCmd
    .command('qdpx')
    .description('the coded project as a REFI-QDA project (.qdpx): transcripts, codebook, codings per coder, cases, memos')
    .argument('[project]', 'project folder', '.')
    .requiredOption('-o, --out <file>', 'the .qdpx file to write')
    .addOption(new Option('-l, --lang <lang>', 'language of the code names (default: `language:` in telaah.yaml)').choices(['id', 'en']))
    .addOption(new Option('--auto <mode>', 'automatic codes: on (exported as user telaah-auto), suggest or off (left out)').choices(['on', 'suggest', 'off']))
    .addHelpText('after', `
Examples:
  $ telaah export qdpx samples/pujud -o pujud.qdpx
  $ telaah export qdpx . -o for-supervisor.qdpx --auto off     (your own codings only)`)
    .action(async (dir: string, opts) => {
      const { exportQdpxCommand } = await import('./commands/export-qdpx.js');
      set(await exportQdpxCommand(dir, opts, io));
    });

  exportCmd
    .command('xlsx')
    .description('one workbook: a sheet per matrix, the segments, a 0/1 code-by-segment sheet and the triangulation table')
    .argument('[project]', 'project folder', '.')
    .requiredOption('-o, --out <file>', 'the .xlsx file to write (outside the output folder; `telaah run --xlsx` keeps one there)')
    .addHelpText('after', `
Example:
  $ telaah export xlsx samples/pujud -o pujud.xlsx`)
    .action(async (dir: string, opts) => {
      const { exportXlsxCommand } = await import('./commands/export-xlsx.js');
      set(await exportXlsxCommand(dir, opts, io));
    });

  program
    .command('import')
    .description('read a REFI-QDA codebook (.qdc) or project (.qde, .qdpx): its codebook as a telaah codebook, its codings into a project')
    .argument('<file>', 'a .qdc, .qde or .qdpx exported by NVivo, ATLAS.ti, MAXQDA, QualCoder, Taguette or telaah')
    .option('-o, --out <file>', 'write the codebook to this .yaml file')
    .option('-p, --project <dir>', 'add the coded selections to this project as manual codings (codings/<user>.yaml)')
    .addOption(new Option('-l, --lang <lang>', 'language the code names and descriptions are written in').choices(['id', 'en']).default('id'))
    .option('--force', 'replace the -o file if it exists')
    .addHelpText('after', `
Examples:
  $ telaah import supervisor.qdc -o codebook.yaml --lang en
  $ telaah import coded-in-nvivo.qdpx --project my-thesis

Codings are added to codings/<user>.yaml (existing codings are kept; ones already there are not
added twice). Codings of the user telaah-auto are left out: telaah recomputes them.`)
    .action(async (file: string, opts) => {
      const { importCommand } = await import('./commands/import.js');
      set(await importCommand(file, opts, io));
    });

  const codebook = program
    .command('codebook')
    .description("list and show the codebook's codes; restructure it (rename, merge, move codes) across every coder's codings; usage statistics")
    .addHelpText('after', `
Examples:
  $ telaah codebook copy my-thesis                           (a bundled codebook becomes my-thesis/codebook.yaml)
  $ telaah codebook rename dialog-tatap-muka dialog my-thesis --dry-run
  $ telaah codebook merge berbagi-pemahaman komitmen-proses --into komitmen-proses my-thesis
  $ telaah codebook move hasil-sementara --parent komitmen-proses my-thesis
  $ telaah codebook stats my-thesis
  $ telaah codebook list my-thesis --tree
  $ telaah codebook show dialog-tatap-muka my-thesis`);
  const dryRun = () => new Option('-n, --dry-run', 'print what would change, write nothing');
  const edit = (what: CodebookEdit, dir: string, opts: { dryRun?: boolean }) =>
    import('./commands/codebook-edit.js').then(async (m) => set(await m.codebookEditCommand(what, dir, opts, io)));
  codebook
    .command('rename')
    .description('rename a code in the codebook (id and parent: references) and in every codings/*.yaml; refuses a name already in use')
    .argument('<old>', 'the code id now').argument('<new>', 'the new code id').argument('[project]', 'project folder', '.')
    .addOption(dryRun())
    .action((from: string, to: string, dir: string, opts) => edit({ kind: 'rename', from, to }, dir, opts));
  codebook
    .command('merge')
    .description('merge two codes: their codings become one code (once per segment and coder); keywords, examples and sub-codes move along')
    .argument('<a>', 'a code').argument('<b>', 'another code').argument('[project]', 'project folder', '.')
    .requiredOption('--into <code>', 'the merged code: A, B, another existing code, or a new id (then A is renamed to it)')
    .addOption(dryRun())
    .action((a: string, b: string, dir: string, opts) => edit({ kind: 'merge', a, b, into: opts.into }, dir, opts));
  codebook
    .command('move')
    .description('give a code another parent (or make it top-level with --top); refuses a move that would go round in a circle')
    .argument('<code>', 'the code to move').argument('[project]', 'project folder', '.')
    .option('--parent <code>', 'the new parent code')
    .option('--top', 'make it a top-level code')
    .addOption(dryRun())
    .action((code: string, dir: string, opts) => {
      if (Boolean(opts.parent) === Boolean(opts.top)) {
        io.stderr('telaah: error: give either --parent CODE or --top\n');
        set(EXIT_USAGE);
        return;
      }
      return edit({ kind: 'move', code, ...(opts.parent ? { parent: opts.parent } : {}) }, dir, opts);
    });
  codebook
    .command('copy')
    .description('copy a bundled codebook into the project (codebook.yaml) and point telaah.yaml at it, so it can be changed')
    .argument('[project]', 'project folder', '.')
    .option('--to <file>', 'file name in the project', 'codebook.yaml')
    .addOption(dryRun())
    .action(async (dir: string, opts) => {
      const { codebookCopyCommand } = await import('./commands/codebook-edit.js');
      set(await codebookCopyCommand(dir, opts, io));
    });
  const listOptions = (c: Command) => c
    .option('--codebook <name>', 'a bundled codebook name or a codebook file, instead of the project\'s')
    .addOption(new Option('-l, --lang <lang>', 'language of labels and definitions (default: `language:` in telaah.yaml)').choices(['id', 'en']));
  listOptions(codebook
    .command('list')
    .description('every code of the codebook: id, label and definition (--tree indents sub-codes under their parent)')
    .argument('[project]', 'project folder', '.')
    .option('-t, --tree', 'indent each code under its parent')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table')))
    .addHelpText('after', `
Examples:
  $ telaah codebook list my-thesis --tree
  $ telaah codebook list --codebook ansell-gash-2008 --lang en --format md > codes.md`)
    .action(async (dir: string, opts) => {
      const { codebookListCommand } = await import('./commands/codebook-list.js');
      set(await codebookListCommand(dir, opts, io));
    });
  listOptions(codebook
    .command('show')
    .description('one code in full: labels and definitions in both languages, inclusion and exclusion criteria, keywords, examples')
    .argument('<code>', 'the code id')
    .argument('[project]', 'project folder', '.'))
    .addHelpText('after', `
Example:
  $ telaah codebook show membangun-kepercayaan my-thesis`)
    .action(async (id: string, dir: string, opts) => {
      const { codebookShowCommand } = await import('./commands/codebook-list.js');
      set(await codebookShowCommand(id, dir, opts, io));
    });
  codebook
    .command('stats')
    .description('per code: segments, informants, coders, last used; codes never used; codes in codings missing from the codebook')
    .argument('[project]', 'project folder', '.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (dir: string, opts) => {
      const { codebookStatsCommand } = await import('./commands/codebook-stats.js');
      set(await codebookStatsCommand(dir, opts, io));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    const { failureDiagnostic } = await import('./failures.js');
    const failure = failureDiagnostic(e, io.cwd);
    if (failure) {
      const { formatDiagnostics } = await import('../output/diagnostics.js');
      io.stderr(formatDiagnostics([failure], 'pretty', io.color));
      return EXIT_PROBLEMS;
    }
    io.stderr(`telaah: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    else io.stderr('Run again with --debug for details, and please report it.\n');
    return EXIT_USAGE;
  }
  return exitCode;
}
