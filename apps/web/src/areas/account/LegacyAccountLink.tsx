import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

/**
 * Links in emails sent before the web client pointed at /account/reset-password#token=… and
 * /account/accept-invitation#token=…: they open the new pages, the fragment (the token) kept.
 */
export function Component(): ReactNode {
  const location = useLocation();
  const target = location.pathname.replace(/^\/account\//, '/');
  return <Navigate to={`${target}${location.hash}`} replace />;
}
