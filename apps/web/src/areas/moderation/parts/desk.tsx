import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, NavLink, useLocation } from 'react-router';
import type { MessageId } from '../../../i18n/messages';
import { actionFor, shortcutsIn, type ShortcutAction, type ShortcutScope } from '../logic/shortcuts';

/**
 * The desk's frame: the tabs (queue, coverage), the keyboard shortcuts and the `?` dialog that
 * lists them. Pages register what their keys do with useDeskShortcuts; the table in
 * logic/shortcuts.ts is the one list of keys.
 */
interface DeskContextValue {
  openHelp: (scope: ShortcutScope) => void;
}

const DeskContext = createContext<DeskContextValue>({ openHelp: () => undefined });

export function DeskProvider({ children }: { children: ReactNode }): ReactNode {
  const [helpScope, setHelpScope] = useState<ShortcutScope | null>(null);
  const openHelp = useCallback((scope: ShortcutScope) => setHelpScope(scope), []);
  return (
    <DeskContext.Provider value={{ openHelp }}>
      {children}
      <ShortcutsDialog scope={helpScope} onClose={() => setHelpScope(null)} />
    </DeskContext.Provider>
  );
}

export const useDesk = (): DeskContextValue => useContext(DeskContext);

export type ShortcutHandlers = Partial<Record<ShortcutAction, () => void>>;

/**
 * Runs `handlers[action]` for the desk's keys while the page is shown. `?` opens the list; Escape
 * in a field leaves it (focus goes to `home`, so the next key is a shortcut again).
 */
export function useDeskShortcuts(
  scope: ShortcutScope,
  handlers: ShortcutHandlers,
  home?: () => HTMLElement | null,
): void {
  const { openHelp } = useDesk();
  const run = useEffectEvent((action: ShortcutAction, target: HTMLElement | null, event: KeyboardEvent) => {
    if (action === 'leaveField') {
      target?.blur();
      home?.()?.focus();
      return;
    }
    const handler = handlers[action];
    if (!handler) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = (document.activeElement ?? event.target) as HTMLElement | null;
      const action = actionFor(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          targetTag: target?.tagName,
          targetType: target instanceof HTMLInputElement ? target.type : undefined,
          targetRole: target?.getAttribute('role'),
          targetEditable: target?.isContentEditable,
          dialogOpen: !!document.querySelector('dialog[open]'),
          defaultPrevented: event.defaultPrevented,
        },
        scope,
      );
      if (!action) return;
      if (action === 'help') {
        event.preventDefault();
        openHelp(scope);
        return;
      }
      run(action, target, event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [scope, openHelp]);
}

/** The desk's own navigation (queue, coverage) and the way to the shortcuts, on every desk page. */
export function DeskNav({ scope }: { scope: ShortcutScope }): ReactNode {
  const intl = useIntl();
  const { openHelp } = useDesk();
  const location = useLocation();
  const inQueue = location.pathname === '/moderation' || location.pathname.startsWith('/moderation/items');
  return (
    <nav className="desk-nav" aria-label={intl.formatMessage({ id: 'mod.nav.label' })}>
      <ul>
        <li>
          <Link to="/moderation" aria-current={inQueue ? 'page' : undefined}>
            <FormattedMessage id="mod.nav.queue" />
          </Link>
        </li>
        <li>
          <NavLink to="/moderation/coverage">
            <FormattedMessage id="mod.nav.coverage" />
          </NavLink>
        </li>
      </ul>
      <button type="button" className="button button--link desk-nav__keys" onClick={() => openHelp(scope)}>
        <FormattedMessage id="mod.keys.open" />
      </button>
    </nav>
  );
}

/** The `?` list: a modal <dialog> (focus moves in, Escape and the button close it, focus returns). */
function ShortcutsDialog({ scope, onClose }: { scope: ShortcutScope | null; onClose: () => void }): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (scope && !dialog.open) {
      returnTo.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
    } else if (!scope && dialog.open) dialog.close();
  }, [scope]);
  return (
    <dialog
      ref={ref}
      className="keys-dialog"
      aria-labelledby="keys-dialog-title"
      onClose={() => {
        onClose();
        returnTo.current?.focus();
      }}
    >
      <h2 id="keys-dialog-title">
        <FormattedMessage id="mod.keys.title" />
      </h2>
      <p className="field__hint">
        <FormattedMessage id="mod.keys.intro" />
      </p>
      <table className="keys-table">
        <thead>
          <tr>
            <th scope="col">
              <FormattedMessage id="mod.keys.key" />
            </th>
            <th scope="col">
              <FormattedMessage id="mod.keys.does" />
            </th>
          </tr>
        </thead>
        <tbody>
          {shortcutsIn(scope ?? 'item').map((s) => (
            <tr key={s.key}>
              <td>
                <kbd>{s.label}</kbd>
              </td>
              <td>
                <FormattedMessage id={`mod.keys.${s.action}` as MessageId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button button--primary" autoFocus>
          <FormattedMessage id="mod.keys.close" />
        </button>
      </form>
    </dialog>
  );
}
