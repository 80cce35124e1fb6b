// Parts of a texts file, made by scripts/textPartsPlugin.ts (see src/i18n/textParts.ts).
declare module '*.json?start-page' {
  const texts: Record<string, unknown>;
  export default texts;
}

declare module '*.json?result-page' {
  const texts: Record<string, unknown>;
  export default texts;
}
