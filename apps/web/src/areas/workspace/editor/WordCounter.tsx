import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useAnnounce } from '../../../components/Announcer';
import { wordBudget } from '../logic/next-step';

/**
 * GOV.UK's character count in its word mode: "1,788 words remaining" / "212 words over the limit",
 * the count itself being the server's (countWords from @app/text). Screen readers hear it
 * politely once typing pauses, not on every key.
 */
export function WordCounter({ id, count, limit }: { id: string; count: number; limit: number }): ReactNode {
  const intl = useIntl();
  const announce = useAnnounce();
  const { remaining, over } = wordBudget(count, limit);
  const text =
    over > 0
      ? intl.formatMessage({ id: 'ws.words.over' }, { count: over })
      : intl.formatMessage({ id: 'ws.words.remaining' }, { count: remaining });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => announce(text), 1500);
    return () => window.clearTimeout(timer);
  }, [text, announce]);
  return (
    <p id={id} className={over > 0 ? 'word-count word-count--over' : 'word-count'}>
      <span data-testid={`${id}-count`} data-count={count}>
        <FormattedMessage id="ws.words.count" values={{ count }} />
      </span>
      {' · '}
      <strong>{text}</strong>
    </p>
  );
}
