import path from 'node:path';
import { lintCodebook } from '../../codebook/lint.js';
import { diagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { formatDiagnostics, summary, type DiagnosticFormat } from '../../output/diagnostics.js';
import { loadCodebook } from '../../project/codebooks.js';
import { codebookPathsOf } from '../../codebook/passages.js';
import { loadProject } from '../../project/load.js';
import type { Io } from '../io.js';
import { existsSync } from 'node:fs';
import { loadCodings } from '../../codings/load.js';
import { resolveCodings } from '../../codings/resolve.js';

interface LintOptions {
  project?: string;
  format: DiagnosticFormat;
  strict?: boolean;
}

export async function lintCommand(codebooks: string[], opts: LintOptions, io: Io): Promise<number> {
  const diags: Diagnostic[] = [];
  let checked = 0;
  let project = opts.project;
  if (!project && codebooks.length === 0) {
    if (!existsSync(path.join(io.cwd, 'telaah.yaml'))) {
      io.stderr('telaah lint: nothing to lint here (no telaah.yaml). Name codebook files, or use --project DIR.\n');
      return 2;
    }
    project = '.';
  }
  if (project) {
    const p = await loadProject(project, io.cwd);
    diags.push(...p.diagnostics);
    if (p.codebook) diags.push(...lintCodebook(p.codebook));
    const codings = loadCodings(p.dir, io.cwd);
    diags.push(...codings.diagnostics);
    if (p.codebook) diags.push(...resolveCodings(codings.files, p.transcripts, p.codebook, undefined, p.unreadable).diagnostics);
    checked += p.transcripts.length + (p.codebook ? 1 : 0) + codings.files.length;
  }
  for (const given of codebooks) {
    // a codebook's reference passages are checked with it (their codes are its codes)
    const owners = codebookPathsOf(given);
    const ref = owners.length ? owners.find((f) => existsSync(path.resolve(io.cwd, f))) ?? owners[0]! : given;
    if (ref !== given && !existsSync(path.resolve(io.cwd, ref))) {
      diags.push(diagnostic({ file: given, line: 1, column: 1 }, 'passages', 'error', `reference passages without their codebook: ${ref} is not there`,
        'a passages file sits beside its codebook and has its name: codebook.yaml → codebook.passages.yaml (or .passages.yml)'));
      checked += 1;
      continue;
    }
    const loaded = loadCodebook(ref, io.cwd);
    diags.push(...loaded.diagnostics);
    if (loaded.codebook) diags.push(...lintCodebook(loaded.codebook));
    checked += 1;
  }
  const unique = sortDiagnostics(dedupe(diags));
  io.stdout(formatDiagnostics(unique, opts.format, io.color));
  if (opts.format === 'pretty') {
    const head = unique.length ? '' : io.color.green('✓ ');
    io.stderr(`${head}${checked} file${checked === 1 ? '' : 's'} checked: ${summary(unique)}\n`);
  }
  const failing = hasErrors(unique) || (opts.strict === true && unique.some((d) => d.severity === 'warning'));
  return failing ? 1 : 0;
}

function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const k = `${d.file}:${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
