import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface CaughtError {
  thrown: unknown;
  componentStack: string | null;
}

interface Props {
  /** Told once per error caught, with React's component stack. */
  onError(caught: CaughtError): void;
  fallback(caught: CaughtError, reset: () => void): ReactNode;
  children: ReactNode;
}

interface State {
  caught: CaughtError | null;
}

/**
 * Catches what its children throw while rendering, so one broken screen does not blank the
 * app. Errors in event handlers and promises are not caught here (see errorReport.ts).
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { caught: null };

  static getDerivedStateFromError(thrown: unknown): State {
    return { caught: { thrown, componentStack: null } };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    const caught = { thrown, componentStack: info.componentStack ?? null };
    this.setState({ caught });
    this.props.onError(caught);
  }

  reset = (): void => {
    this.setState({ caught: null });
  };

  override render(): ReactNode {
    return this.state.caught
      ? this.props.fallback(this.state.caught, this.reset)
      : this.props.children;
  }
}
