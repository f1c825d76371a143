import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;
const AnnouncerContext = createContext<Announce>(() => undefined);

/** Says something to screen readers politely (saved, n words remaining, results loaded…). */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

/** One polite live region for the whole app; mounted once in the layout. */
export function AnnouncerProvider({ children }: { children: ReactNode }): ReactNode {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => {
    // Cleared first so the same sentence twice is announced twice.
    setMessage('');
    window.setTimeout(() => setMessage(text), 50);
  }, []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {message}
      </div>
    </AnnouncerContext.Provider>
  );
}
