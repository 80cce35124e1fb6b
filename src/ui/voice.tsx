import { createContext, useCallback, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextKeyOfJourney } from '../i18n/keys';
import type { Voice } from '../questionnaire/vocabulary';

/** Who the texts speak about, and the name a relative gave (held in memory only, never stored). */
export interface VoiceSetting {
  voice: Voice;
  /** The first name or nickname a relative typed, or empty: texts then say "the person". */
  name: string;
}

const VoiceContext = createContext<VoiceSetting>({ voice: 'self', name: '' });

export const VoiceProvider = VoiceContext.Provider;

export function useVoice(): VoiceSetting {
  return useContext(VoiceContext);
}

/** A relative's name as texts use it: what they typed, or "personen" / "the person". */
export function personName(setting: VoiceSetting, thePerson: string): string {
  return setting.voice === 'relative' && setting.name.trim() !== ''
    ? setting.name.trim()
    : thePerson;
}

/** Its keys are checked by the compiler; a key built from the questionnaire's data goes through `tData`. */
export type VoicedT = (key: TextKeyOfJourney, options?: Record<string, unknown>) => string;

/** i18next's `t` taking any key: the voiced `t`'s own type checks its callers' keys. */
type UncheckedT = (key: string, options: Record<string, unknown>) => unknown;

/**
 * `t` in the voice of the answers: i18next's context picks `key_relative` or `key_clinician`
 * where written and falls back to the self text; `{{name}}` is the person's name.
 */
export function useVoicedTranslation(): { t: VoicedT; voice: Voice; name: string } {
  const { t } = useTranslation();
  const setting = useVoice();
  const name = personName(setting, t('voice.thePerson'));
  const context = setting.voice === 'self' ? undefined : setting.voice;
  const voiced = useCallback<VoicedT>(
    (key, options) =>
      String((t as unknown as UncheckedT)(key, { ...(context && { context }), name, ...options })),
    [t, context, name],
  );
  return useMemo(() => ({ t: voiced, voice: setting.voice, name }), [voiced, setting.voice, name]);
}
