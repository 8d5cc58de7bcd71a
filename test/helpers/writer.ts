/** Whether LibreOffice Writer is installed, not just `soffice` (which comes with any LibreOffice program, e.g. Calc alone). */
import { spawnSync } from 'node:child_process';
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

export function hasWriter(): boolean {
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  if (which.status !== 0) return false;
  const program = path.dirname(realpathSync(which.stdout.trim()));
  return readdirSync(program).some((f) => /^libswlo\.|^swlo\.dll$/.test(f));
}
