import { readFileSync } from 'node:fs';

/** Read from package.json once, at the first `--version` or run. */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
