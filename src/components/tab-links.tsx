// Tabs that live in the URL: <TabLinks label items={[{to, label}]}/>; each is a link, the current one marked aria-current="page".
import { Link, NavLink } from 'react-router';
import { preloadOnIntent } from './lazy-on-intent.ts';

/** `active` overrides the URL match, for tabs that differ only in their search params. */
export interface TabLinkItem {
  to: string;
  label: string;
  end?: boolean;
  active?: boolean;
  /** Fetches what the tab shows when a pointer rests on or focus reaches it. */
  preload?: () => Promise<unknown>;
}

export function TabLinks({ label, items }: { label: string; items: TabLinkItem[] }) {
  return (
    <nav className="tabs" aria-label={label}>
      <ul className="tabs__list">
        {items.map((item) => (
          <li key={item.to}>
            {item.active === undefined ? (
              <NavLink
                to={item.to}
                {...(item.preload && preloadOnIntent(item.preload))}
                end={item.end ?? true}
                replace
                className={({ isActive }) => (isActive ? 'tabs__tab tabs__tab--active' : 'tabs__tab')}
              >
                {item.label}
              </NavLink>
            ) : (
              <Link
                to={item.to}
                {...(item.preload && preloadOnIntent(item.preload))}
                replace
                aria-current={item.active ? 'page' : undefined}
                className={item.active ? 'tabs__tab tabs__tab--active' : 'tabs__tab'}
              >
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
