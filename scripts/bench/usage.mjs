// Preloaded by the bench (`node --import`) where /usr/bin/time is missing: at exit, writes the
// process's resource usage (peak memory, CPU time — worker threads included) to $TELAAH_BENCH_USAGE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.TELAAH_BENCH_USAGE, JSON.stringify(process.resourceUsage())));
