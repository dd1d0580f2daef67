import { Component, type ErrorInfo, type ReactNode } from 'react'

/** Catches render errors below it and shows `fallback` instead of a blank page. */
export class ErrorBoundary extends Component<
  { fallback: (error: unknown, reset: () => void) => ReactNode; children: ReactNode },
  { error: unknown; failed: boolean }
> {
  override state = { error: null as unknown, failed: false }

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true }
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // React already reports the error; the fallback is all the user needs.
  }

  reset = () => this.setState({ error: null, failed: false })

  override render() {
    return this.state.failed
      ? this.props.fallback(this.state.error, this.reset)
      : this.props.children
  }
}
