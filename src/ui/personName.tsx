import { createContext, useContext } from 'react';

// Apart from voice.tsx, which reads texts through i18next: the app's frame holds the name, and
// i18next stays off the first load (docs/performance.md).

/** What the relative typed as the person's name, and how to change it. */
export interface PersonNameState {
  name: string;
  setName: (name: string) => void;
}

const PersonNameContext = createContext<PersonNameState>({ name: '', setName: () => undefined });

export const PersonNameProvider = PersonNameContext.Provider;

export function usePersonName(): PersonNameState {
  return useContext(PersonNameContext);
}
