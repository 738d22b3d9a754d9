// <FormError error/>: the server's message for a failed form submit (a 403 names the permission), announced as an alert.
import { describeApiError } from '../api/api-error.ts';

export function FormError({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {describeApiError(error)}
    </p>
  );
}
