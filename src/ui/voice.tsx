import { createContext, useCallback, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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

export type VoicedT = (key: string, options?: Record<string, unknown>) => string;

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
    (key, options) => t(key, { ...(context && { context }), name, ...options }) as string,
    [t, context, name],
  );
  return useMemo(() => ({ t: voiced, voice: setting.voice, name }), [voiced, setting.voice, name]);
}
