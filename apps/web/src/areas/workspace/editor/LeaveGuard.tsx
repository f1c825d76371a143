import { useEffect, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { useNavigate } from 'react-router';

/**
 * "Leaving a page with unsaved changes asks first", for links inside Plenary (closing the tab or
 * leaving the site is `beforeunload`'s, in useDraftEditor). While `unsaved()` is true, a click on a
 * link to another page of Plenary opens a modal confirmation instead: Stay (the default, and what
 * Escape does) or Leave.
 *
 * React Router's useBlocker would do this for every navigation, but it needs the data router, and
 * this app uses the declarative <BrowserRouter> on purpose (see apps/web/README.md). So the guard
 * listens to clicks on the document in the capture phase, before React Router's <Link> sees them.
 *
 * The browser's Back button cannot be cancelled (and React Router hears it first). So once the
 * draft has its own address, the editor adds a second history entry for itself (same address,
 * marked): Back first lands on the editor's own entry — the same page, nothing unmounts — where the
 * guard asks (unsaved changes) or goes on back by itself (none). Not covered: Forward from the
 * editor, and Back before a new draft's first save (the text is kept in this browser either way
 * and restored when the draft is opened again).
 */
/** The question asked for the browser's Back button rather than a link. */
const BACK = Symbol('back');
const GUARD_ENTRY = 'plenaryLeaveGuard';

function isGuardEntry(): boolean {
  return (window.history.state as Record<string, unknown> | null)?.[GUARD_ENTRY] === true;
}

/** A copy of the current entry (React Router's state kept), marked; none when already on one. */
function pushGuardEntry(): void {
  if (isGuardEntry()) return;
  const state = (window.history.state as Record<string, unknown> | null) ?? {};
  window.history.pushState({ ...state, [GUARD_ENTRY]: true }, '', window.location.href);
}

export function LeaveGuard({ unsaved, address }: { unsaved: () => boolean; address: string | null }): ReactNode {
  const navigate = useNavigate();
  const [target, setTarget] = useState<string | typeof BACK | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const leaving = useRef(false);
  const check = useRef(unsaved);
  useEffect(() => {
    check.current = unsaved;
  });

  useEffect(() => {
    if (!address || window.location.pathname !== address) return;
    pushGuardEntry();
    const onPop = (): void => {
      if (leaving.current || window.location.pathname !== address || isGuardEntry()) return;
      if (!check.current()) {
        leaving.current = true;
        window.history.back();
        return;
      }
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setTarget(BACK);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [address]);

  useEffect(() => {
    const onClick = (e: MouseEvent): void => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
      if (link.target && link.target !== '_self') return;
      const url = new URL(link.href, window.location.href);
      // Another site: the browser's own beforeunload question covers it. The same page (a #task link): stays.
      if (url.origin !== window.location.origin) return;
      if (url.pathname === window.location.pathname && url.search === window.location.search) return;
      if (!check.current()) return;
      e.preventDefault();
      e.stopPropagation();
      returnTo.current = link;
      setTarget(url.pathname + url.search + url.hash);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (target && d && !d.open) d.showModal();
  }, [target]);

  function stay(): void {
    dialog.current?.close();
  }

  function leave(): void {
    const to = target;
    returnTo.current = null;
    leaving.current = true;
    dialog.current?.close();
    if (to === BACK) window.history.back();
    else if (to) void navigate(to);
  }

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="leave-dialog-title"
      aria-describedby="leave-dialog-body"
      onClose={() => {
        // Stayed after Back: the editor's second entry again, for the next Back.
        if (target === BACK && !leaving.current) pushGuardEntry();
        setTarget(null);
        returnTo.current?.focus();
      }}
    >
      {target && (
        <>
          <h2 id="leave-dialog-title">
            <FormattedMessage id="ws.leave.title" />
          </h2>
          <p id="leave-dialog-body">
            <FormattedMessage id="ws.leave.body" />
          </p>
          <div className="confirm-dialog__actions">
            {/* The safe choice first: the dialog focuses it when it opens. */}
            <button type="button" className="button" onClick={stay}>
              <FormattedMessage id="ws.leave.stay" />
            </button>
            <button type="button" className="button button--secondary" onClick={leave}>
              <FormattedMessage id="ws.leave.leave" />
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
