// useRunOnce(action): a click handler that ignores further clicks until the action's promise settles (a double click acts once).
import { useRef } from 'react';

/**
 * A button's `disabled={mutation.isPending}` comes a render too late for the second click of a double click;
 * this guard does not wait for a render. The action's failure is reported where it is handled (beside the
 * button, from the mutation's error, or the query client's toasts), so it is not rethrown here.
 */
export function useRunOnce(action: () => Promise<unknown>): () => void {
  const busy = useRef(false);
  return () => {
    if (busy.current) return;
    busy.current = true;
    void action()
      .catch(() => undefined)
      .finally(() => {
        busy.current = false;
      });
  };
}
