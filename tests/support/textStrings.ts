/** Every string in a texts file by its dotted path. */
export function strings(value: unknown, path = ''): Map<string, string> {
  if (typeof value === 'string') return new Map([[path, value]]);
  if (typeof value !== 'object' || value === null) return new Map();
  return new Map(
    Object.entries(value).flatMap(([key, inner]) => [
      ...strings(inner, path ? `${path}.${key}` : key),
    ]),
  );
}
