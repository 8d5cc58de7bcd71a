/**
 * The REFI-QDA reference files (schemas and real exports) are read from ../shared/refi-qda beside
 * the repository, never copied into it; xmllint (Debian libxml2-utils) validates against the schemas.
 * Either may be missing on a machine: tests that need them skip with a message saying why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REFI_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'refi-qda');
export const hasRefi = existsSync(path.join(REFI_DIR, 'Project.xsd'));
export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

if (!hasRefi) console.warn(`REFI-QDA tests: ${REFI_DIR} is absent, skipping the tests that read the schemas and real exports`);
if (!hasXmllint) console.warn('REFI-QDA tests: xmllint is not installed, skipping schema validation (apt-get install libxml2-utils)');

/** Validates XML text against Codebook.xsd or Project.xsd; returns xmllint's complaints ('' when valid). */
export function schemaErrors(xml: string, schema: 'Codebook.xsd' | 'Project.xsd'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'telaah-xsd-')), schema === 'Project.xsd' ? 'project.qde' : 'codebook.qdc');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', path.join(REFI_DIR, schema), file], { encoding: 'utf8', stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e);
  }
}
