import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { Button } from '../../../components/forms';

/**
 * An irreversible action's confirmation, in the page (not a browser dialog): a heading that names
 * what will happen, what it means, and the two buttons. Focus moves to it when it opens, and back
 * to the page's own button (by the caller) when it is cancelled.
 */
export function Confirm({
  id,
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}): ReactNode {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="confirm" role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      {children}
      <div className="actions">
        <Button onPress={onConfirm} isDisabled={busy} className="button--danger">
          {confirmLabel}
        </Button>
        <Button variant="secondary" onPress={onCancel} isDisabled={busy}>
          <FormattedMessage id="staff.confirm.cancel" />
        </Button>
      </div>
    </section>
  );
}
