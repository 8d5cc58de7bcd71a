/** The progress line of `telaah code --assist`: segments done, rate and time left. Pure. */

export function progressLine(done: number, total: number, elapsedMs: number): string {
  const width = 20;
  const filled = total ? Math.round((done / total) * width) : width;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  const parts = [`${bar} ${done}/${total} segments`];
  if (done > 0 && elapsedMs > 0) {
    const perSecond = (done * 1000) / elapsedMs;
    parts.push(perSecond >= 1 ? `${perSecond.toFixed(1)}/s` : `${(perSecond * 60).toFixed(1)}/min`);
    if (done < total) parts.push(`about ${duration(((total - done) / perSecond) * 1000)} left`);
  }
  return parts.join(' · ');
}

export function duration(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}
