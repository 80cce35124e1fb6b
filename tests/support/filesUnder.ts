import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `folder`, at any depth, as paths joined to it. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );
}
