import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Choice } from '../../ui/Choice';
import { FormGroup } from '../../ui/FormGroup';
import { useVoice, useVoicedTranslation, VoiceProvider } from '../../ui/voice';

interface NameInPrintChoice {
  /** A relative typed a name, so there is a choice to make. */
  named: boolean;
  includeName: boolean;
  setIncludeName: (include: boolean) => void;
  /** Prints the page as it is chosen, whatever the browser does with `afterprint`. */
  print: () => void;
}

const NameInPrintContext = createContext<NameInPrintChoice>({
  named: false,
  includeName: false,
  setIncludeName: () => undefined,
  print: () => window.print(),
});

/**
 * While the page prints, a relative's typed name gives way to "the person", unless they ticked
 * to include it: a printout left on a shared printer does not name anyone. The browser's own
 * print command (Ctrl+P) is covered by `beforeprint`, which renders the change before it prints.
 */
export function NameLeftOutOfPrint({ children }: { children: ReactNode }) {
  const setting = useVoice();
  const [includeName, setIncludeName] = useState(false);
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // At once, so the page the browser lays out for print already says "the person".
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  const named = setting.voice === 'relative' && setting.name.trim() !== '';
  const voice = useMemo(
    () => (printing && named && !includeName ? { ...setting, name: '' } : setting),
    [printing, named, includeName, setting],
  );
  const choice = useMemo<NameInPrintChoice>(
    () => ({
      named,
      includeName,
      setIncludeName,
      print: () => {
        flushSync(() => setPrinting(true));
        try {
          window.print();
        } finally {
          setPrinting(false);
        }
      },
    }),
    [named, includeName],
  );
  return (
    <NameInPrintContext value={choice}>
      <VoiceProvider value={voice}>{children}</VoiceProvider>
    </NameInPrintContext>
  );
}

/** "Print the result", and for a relative who typed a name, the choice to print it (off at first). */
export function PrintResultButton() {
  const { t } = useVoicedTranslation();
  const { named, includeName, setIncludeName, print } = useContext(NameInPrintContext);
  return (
    <>
      {named && (
        <FormGroup>
          <Choice
            id="print-include-name"
            type="checkbox"
            label={t('result.relative.printName.label')}
            hint={t('result.relative.printName.hint')}
            checked={includeName}
            onChange={(event) => setIncludeName(event.target.checked)}
          />
        </FormGroup>
      )}
      <button type="button" className="button button--secondary" onClick={print}>
        {t('result.actions.print')}
      </button>
    </>
  );
}
