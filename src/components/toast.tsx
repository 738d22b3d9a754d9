// Toasts: call showToast({kind, message}) from anywhere (the query client's callbacks do it); <Toaster/> renders them in live regions.
import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/use-i18n.ts';

export type ToastKind = 'success' | 'error' | 'info';
export interface Toast {
  id: number;
  kind: ToastKind;
  message: string;
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const SUCCESS_MS = 6000;
const ERROR_MS = 12000;

function emit() {
  for (const listener of listeners) listener();
}

export function dismissToast(id: number): void {
  toasts = toasts.filter((toast) => toast.id !== id);
  emit();
}

export function showToast({ kind, message }: { kind: ToastKind; message: string }): number {
  const id = nextId++;
  // The same message twice in a row (e.g. several queries failing alike) is shown once.
  toasts = [...toasts.filter((toast) => toast.message !== message), { id, kind, message }].slice(-5);
  emit();
  setTimeout(() => dismissToast(id), kind === 'error' ? ERROR_MS : SUCCESS_MS);
  return id;
}

/** Drops every toast: what one session said is not shown to the next (or on the sign-in page). */
export function dismissAllToasts(): void {
  if (toasts.length === 0) return;
  toasts = [];
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function Toaster() {
  const list = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => toasts,
  );
  const polite = list.filter((toast) => toast.kind !== 'error');
  const urgent = list.filter((toast) => toast.kind === 'error');
  return (
    <div className="toaster">
      {/* Both regions stay mounted so screen readers announce what is added to them. */}
      <div role="status" aria-live="polite" className="toaster__region">
        {polite.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </div>
      <div role="alert" aria-live="assertive" className="toaster__region">
        {urgent.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </div>
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismissLabel = useMessages().common.toast.dismiss;
  return (
    <div className={`toast toast--${toast.kind}`}>
      <span className="toast__message">{toast.message}</span>
      <button
        type="button"
        className="icon-button"
        aria-label={dismissLabel}
        onClick={() => dismissToast(toast.id)}
      >
        ×
      </button>
    </div>
  );
}
