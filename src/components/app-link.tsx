import {
  createContext,
  memo,
  use,
  useMemo,
  type AnchorHTMLAttributes,
  type ReactNode,
} from 'react';
import { useHref, useNavigate, type NavigateFunction } from 'react-router';

interface LinkBase {
  /** The app's base path, `/` or `/podium/`. */
  readonly base: string;
  readonly navigate: NavigateFunction | undefined;
}

const LinkBaseContext = createContext<LinkBase>({ base: '/', navigate: undefined });

/**
 * Gives the AppLinks below it the app's base path and the router's navigate function. Both stay the
 * same from one address to the next; reading them here, once, spares each link the router's
 * contexts, which change with every navigation.
 */
export function AppLinkBase({ children }: { readonly children: ReactNode }) {
  const base = useHref('/');
  const navigate = useNavigate();
  const value = useMemo(() => ({ base, navigate }), [base, navigate]);
  return <LinkBaseContext value={value}>{children}</LinkBaseContext>;
}

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path of the app from its root, such as `/exchange/x3?topic=libya#t7`. */
  readonly to: string;
  readonly children: ReactNode;
};

/**
 * A link the router follows without loading the page, as React Router's Link does, for the long
 * lists of links of a briefing (permalinks, the overview rail). A Link reads the router's state, so
 * each of hundreds of them renders again on every navigation, a filter change included, whatever its
 * own address; this one reads only what AppLinkBase gives, and renders when `to` changes. Outside an
 * AppLinkBase it is a plain link.
 */
export const AppLink = memo(function AppLink({ to, onClick, children, ...rest }: AppLinkProps) {
  const { base, navigate } = use(LinkBaseContext);
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
        if (navigate === undefined) return;
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
