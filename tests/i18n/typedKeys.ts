// Not a test file: `npm run typecheck` covers it (tsconfig includes tests/), and each
// `@ts-expect-error` fails the type check when its line stops being an error. It shows that
// i18next's resource typing (src/i18n/i18next.d.ts) checks the keys written in the code.
import type { TFunction } from 'i18next';
import { tData } from '../../src/i18n/keys';
import type { VoicedT } from '../../src/ui/voice';

export function keysTheCompilerChecks(t: TFunction, help: TFunction<'help'>, voiced: VoicedT) {
  return [
    t('result.title'),
    // @ts-expect-error: a misspelt key
    t('result.titel'),
    help('services.alkolinjen.name'),
    // @ts-expect-error: a key of another namespace, without its name
    help('result.title'),
    t('result.actions.print', { context: 'clinician' }),
    // @ts-expect-error: a context no text is written for
    t('result.actions.print', { context: 'relative' }),
    voiced('help:services.alkolinjen.name'),
    // @ts-expect-error: the voiced `t` checks its keys too
    voiced('help:services.alkolinjen.nmae'),
    tData(t, 'questionnaire:items.age-group.title'),
    // @ts-expect-error: `tData` takes only the kinds of data-built key something vouches for
    tData(t, 'ui:result.title'),
  ];
}
