// i18next's resource typing: every key written in the code is checked against the Danish texts
// (the source language). English is kept holding every Danish key by tests/i18n/interfaceTexts.test.ts
// and tests/questionnaire/texts.test.ts (the questionnaire's texts). Keys built from the
// questionnaire's data go through `tData` (keys.ts), which says who vouches for them.
import 'i18next';
import type questionnaire from '../../questionnaires/rusmiddeltjek/da.json';
import type contact from './locales/da/contact.json';
import type handover from './locales/da/handover.json';
import type help from './locales/da/help.json';
import type ui from './locales/da/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: {
      ui: typeof ui;
      help: typeof help;
      questionnaire: typeof questionnaire;
      contact: typeof contact;
      handover: typeof handover;
    };
  }
}
