/**
 * Where the time of a run goes, by stage (`TELAAH_TIMINGS=FILE telaah code …`; `npm run bench`
 * prints the split). A pass given a clock adds the milliseconds of its stages; without one it
 * measures nothing. Milliseconds of CPU in each thread, summed over threads.
 */
export class StageClock {
  readonly ms = new Map<string, number>();

  add(stage: string, ms: number): void {
    this.ms.set(stage, (this.ms.get(stage) ?? 0) + ms);
  }

  /** Adds another clock's stages (a worker thread's). */
  merge(entries: Iterable<[string, number]>): void {
    for (const [k, v] of entries) this.add(k, v);
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.ms].map(([k, v]) => [k, Math.round(v)]));
  }
}
