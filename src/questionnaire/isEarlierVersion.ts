const versionPattern = /^(\d+)\.(\d+)\.(\d+)$/;

function parts(version: string): number[] | undefined {
  const match = versionPattern.exec(version);
  return match ? match.slice(1).map(Number) : undefined;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** A version like "1.2.0" that comes before every version known here; anything else is not. */
export function isEarlierVersion(version: string, known: readonly string[]): boolean {
  const given = parts(version);
  const knownParts = known.map(parts);
  return (
    given !== undefined &&
    knownParts.length > 0 &&
    knownParts.every((k) => k !== undefined && compare(given, k) < 0)
  );
}
