import { createContext, memo, use, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useHref, useNavigate } from 'react-router';

/** The app's base path, `/` or `/podium/`. */
const LinkBaseContext = createContext<string>('/');

/** Gives the AppLinks below it the app's base path. */
export function AppLinkBase({ children }: { readonly children: ReactNode }) {
  return <LinkBaseContext value={useHref('/')}>{children}</LinkBaseContext>;
}

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path of the app from its root, such as `/exchange/x3?topic=libya#t7`. */
  readonly to: string;
  readonly children: ReactNode;
};

/**
 * A link the router follows without loading the page, as React Router's Link does, for the long
 * lists of links of a briefing (permalinks, the overview rail). A Link reads the location, so each
 * of hundreds of them renders again on every navigation, a filter change included, whatever its own
 * address; this one reads only the base path, which stays the same, and renders when `to` changes.
 */
export const AppLink = memo(function AppLink({ to, onClick, children, ...rest }: AppLinkProps) {
  const base = use(LinkBaseContext);
  const navigate = useNavigate();
  const href = base === '/' ? to : `${base.replace(/\/$/, '')}${to}`;
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        // Modified clicks (new tab, new window, download) and other targets are the browser's.
        const modified = event.metaKey || event.altKey || event.ctrlKey || event.shiftKey;
        const elsewhere = rest.target !== undefined && rest.target !== '_self';
        if (event.defaultPrevented || event.button !== 0 || modified || elsewhere) return;
        event.preventDefault();
        // Following a link to where the reader already is adds no history entry, as with Link.
        // The address bar says where that is at the moment of the click.
        const { pathname, search, hash } = window.location;
        void navigate(to, { replace: `${pathname}${search}${hash}` === href });
      }}
    >
      {children}
    </a>
  );
});
