import { Component, type ReactNode } from 'react';
import { ErrorMessage } from '../components/ErrorMessage';

/** A page that failed to load (e.g. its chunk while offline) or threw: the error mapping's sentence. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render(): ReactNode {
    return this.state.error ? <ErrorMessage error={this.state.error} /> : this.props.children;
  }
}
