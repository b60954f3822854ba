/** Compares dotted version numbers ("1.0.3.4" < "1.0.10"); missing parts count as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** Whether a reported version is below the minimum. An unknown version is never called too old. */
export function isOutdated(version: string | undefined, minimum: string | undefined): boolean {
  return version !== undefined && minimum !== undefined && compareVersions(version, minimum) < 0;
}
