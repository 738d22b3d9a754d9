// useSubmitOnce(handler): a form onSubmit that ignores further submits until the handler's promise settles (double clicks submit once).
import { useRef, type FormEvent } from 'react';

export function useSubmitOnce(handler: (event: FormEvent<HTMLFormElement>) => Promise<unknown> | void) {
  const busy = useRef(false);
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    let result: Promise<unknown> | void;
    try {
      result = handler(event);
    } catch (error) {
      busy.current = false;
      throw error;
    }
    void Promise.resolve(result)
      .catch(() => undefined)
      .finally(() => {
        busy.current = false;
      });
  };
}
