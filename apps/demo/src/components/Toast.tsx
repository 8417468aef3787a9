import { useEffect } from 'react';

/** Props of {@link Toast}. */
export interface ToastProps {
  message: string;
  onDismiss: () => void;
  /** Milliseconds before it dismisses itself (default 4000). */
  durationMs?: number;
}

/** A transient, politely announced message at the bottom of the screen. */
export function Toast({ message, onDismiss, durationMs = 4000 }: ToastProps) {
  useEffect(() => {
    const timer = window.setTimeout(onDismiss, durationMs);
    return () => window.clearTimeout(timer);
  }, [message, onDismiss, durationMs]);
  return (
    <div role="status" className="demo-toast">
      <span>{message}</span>
      <button type="button" className="demo-toast-close" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
