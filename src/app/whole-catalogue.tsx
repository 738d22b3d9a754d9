// <WholeCatalogue>: the signed-in pages render once their areas of the catalogue have loaded (see i18n-store.ts).
import { useEffect, useState, type ReactNode } from 'react';
import { LoadingState } from '../components/states.tsx';
import { loadWholeCatalogue } from '../i18n/i18n-store.ts';
import { useI18n } from '../i18n/use-i18n.ts';

export function WholeCatalogue({ children }: { children: ReactNode }) {
  const { complete, messages } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    if (!complete) loadWholeCatalogue().catch(setFailure);
  }, [complete]);
  // Its server stopped while the page loaded: the route's error boundary offers to reload.
  if (failure) throw failure;
  // Usually loaded already: at start-up on a signed-in page, or on /sign-in after its first paint.
  return complete ? children : <LoadingState label={messages.app.loadingPage} />;
}
