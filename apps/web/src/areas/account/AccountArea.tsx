import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { AreaMessages } from '../../i18n/AreaMessages';
import { loadAccountMessages } from './catalogues';

/** The account pages' layout route: adds their messages (a chunk per language) to the shell's. */
export function Component(): ReactNode {
  return (
    <AreaMessages load={loadAccountMessages}>
      <Outlet />
    </AreaMessages>
  );
}
