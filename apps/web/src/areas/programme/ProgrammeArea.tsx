import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadProgrammeMessages } from './catalogues';
import './programme.css';

/**
 * The programme area's layout route (one small chunk): its messages (prog.*) for the pages inside —
 * the public calendar, event pages, publications, "my events" and, behind a session, the staff
 * pages, which load their own messages too.
 */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadProgrammeMessages}>
      <Outlet />
    </AreaMessages>
  );
}
