// usePageTitle('Users'): sets document.title to "Users · SAM Console" while the page is shown.
import { useEffect } from 'react';

export const APP_NAME = 'SAM Console';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
