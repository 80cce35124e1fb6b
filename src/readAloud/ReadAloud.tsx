import { useEffect, useRef, useState } from 'react';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { readAloudControlAttribute, readingChunks } from './readingText';
import { readingChosen, startReading } from './readingSession';
import type { ReadingStart } from './speaker';
import { stopReading } from './stopReading';

type Status = 'idle' | 'starting' | ReadingStart;

const statusKey: Partial<Record<Status, ParseKeys<'ui'>>> = {
  reading: 'readAloud.reading',
  stopped: 'readAloud.stopped',
  'no-voice': 'readAloud.noVoice',
  'no-speech': 'readAloud.noSpeech',
};

/**
 * "Læs op": reads aloud the part of the page it is placed in (its parent element), as it is shown,
 * in the page's language. The same button stops it, and so does Escape. Put it directly inside the
 * block it reads: a question's fieldset, a result section.
 */
export function ReadAloud() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const control = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('idle');
  // Whether this control's reading is the one going on: it stops when the page or language changes.
  const mine = useRef({ reading: false });
  const busy = status === 'starting' || status === 'reading';

  const start = async () => {
    const block = control.current?.parentElement;
    if (!block) return;
    mine.current.reading = true;
    setStatus('starting');
    const started = await startReading(readingChunks(block), language, (why) => {
      mine.current.reading = false;
      setStatus(why === 'stopped' ? 'stopped' : 'idle');
    });
    if (started !== 'reading') mine.current.reading = false;
    // A stop while the voice was still being found has set the status already.
    if (started !== 'stopped') setStatus(started);
  };

  const toggle = () => {
    if (!busy) {
      void start();
      return;
    }
    setStatus('stopped');
    stopReading(true);
  };

  // With reading chosen on an earlier page, the first control on a new page starts by itself.
  const startOnArrival = useRef(start);
  useEffect(() => {
    const first = document.querySelector(`[${readAloudControlAttribute}]`);
    if (readingChosen() && first === control.current) void startOnArrival.current();
  }, []);

  useEffect(() => {
    const owned = mine.current;
    return () => {
      if (owned.reading) stopReading();
    };
  }, [language]);

  const key = statusKey[status];
  return (
    <div ref={control} className="read-aloud no-print" {...{ [readAloudControlAttribute]: '' }}>
      <button
        type="button"
        className="button button--secondary read-aloud__button"
        onClick={toggle}
      >
        <svg className="read-aloud__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M3 9v6h4l5 4V5L7 9H3z" />
          {busy ? (
            <path d="M16 9h2v6h-2zM20 9h2v6h-2z" />
          ) : (
            <path d="M16.5 12a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
          )}
        </svg>
        <span className="read-aloud__label">
          {busy ? t('readAloud.stop') : t('readAloud.button')}
        </span>
      </button>
      <p aria-live="polite" className="read-aloud__status">
        {key ? t(key) : ''}
      </p>
    </div>
  );
}
