// usePageTitle(m.userList.title): sets document.title to "Users · SAM Console" while the page is shown.
import { useEffect } from 'react';
import { useMessages } from '../i18n/use-i18n.ts';

export function usePageTitle(title: string): void {
  const appName = useMessages().app.name;
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
