import { memo, useCallback, useState, type ReactNode } from 'react';
import { Link, useLoaderData, useLocation, useNavigate } from 'react-router';
import { AppLinkBase } from '../components/app-link';
import { emptyFilters, type Filters } from '../domain/search/filters';
import type { ExchangeId } from '../domain/types';
import { FilterPanel } from '../features/filters/filter-panel';
import { OverviewRail } from '../features/overview/overview-rail';
import { StoryPane } from '../features/story/story-pane';
import { ExportMenu } from '../features/export/export-menu';
import { AppHeader } from '../features/layout/app-header';
import { ViewerLayout } from '../features/layout/viewer-layout';
import { ShortcutsDialog } from '../features/shortcuts/shortcuts-dialog';
import { TranscriptPane } from '../features/transcript/transcript-pane';
import { useLayoutStore } from '../state/layout';
import { afterNextPaint } from './after-next-paint';
import { composeDocumentTitle } from '../domain/site/document-title';
import { paths } from './paths';
import { LinkNotices } from './link-notices';
import { writeFilters } from './search-params';
import { useExchangeKeys } from './use-exchange-keys';
import { useRailView } from './use-rail-view';
import { useShareSlots } from './use-share-slots';
import { seedViewerPaths, useViewerLinks, type ViewerPaths } from './use-viewer-links';
import { useViewerModel } from './use-viewer-model';
import type { ViewerDocuments } from './viewer-documents';

// On a long transcript the rail and the story are costly to draw again; they only change with the
// filters, so a keystroke that changes nothing of theirs leaves them be.
const Rail = memo(OverviewRail);
const Story = memo(StoryPane);

/** The viewer of the documents Podium ships with, read from the route's loader. */
export function ViewerRoute() {
  const documents = useLoaderData<ViewerDocuments>();
  return (
    <Viewer
      documents={documents}
      viewerPaths={seedViewerPaths}
      footer={
        <div className="viewer-footer-actions">
          <ExportMenu title={documents.transcript.title} load={() => documents.transcript} />
          <Link to="/sample/10000">Try a 10,000-turn transcript</Link>
        </div>
      }
    />
  );
}

interface ViewerProps {
  readonly documents: ViewerDocuments;
  /** Where this viewer's pages live; every link it draws is built from them. */
  readonly viewerPaths: ViewerPaths;
  readonly footer?: ReactNode;
}

/** The viewer: the briefing and the story side by side, narrowed by the filters in the URL. */
export function Viewer({ documents, viewerPaths, footer }: ViewerProps) {
  const model = useViewerModel(documents);
  const { link, view } = model;
  const { transcript } = documents;
  const { filters, exchangeId, turnId } = link;
  const navigate = useNavigate();
  const location = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const slots = useShareSlots(transcript, viewerPaths);
  const links = useViewerLinks(viewerPaths, filters);
  const rail = useRailView(view);
  const showNarrowPane = useLayoutStore((state) => state.showNarrowPane);

  // Toggling a filter adds a history entry (Back undoes it); typing a search replaces the entry.
  // Parameters that are not filters (a sample's seed) stay in the address. The filter panel shows
  // the change at once; the URL, and the briefing drawn from it, follow once that frame is painted,
  // so that redrawing a long briefing never holds back the ticked box or the typed letter.
  const changeFilters = useCallback(
    (next: Filters, options: { readonly replace: boolean }) => {
      const search = writeFilters(next, new URLSearchParams(location.search)).toString();
      const to = {
        pathname: location.pathname,
        search: search ? `?${search}` : '',
        hash: location.hash,
      };
      afterNextPaint(() => {
        void navigate(to, { replace: options.replace, preventScrollReset: true });
      });
    },
    [navigate, location.pathname, location.search, location.hash],
  );
  const clearFilters = useCallback(() => {
    changeFilters(emptyFilters, { replace: false });
  }, [changeFilters]);

  useExchangeKeys({
    view,
    currentExchangeId: exchangeId,
    goTo: (id: ExchangeId) => {
      // On a narrow screen the exchange must be on show to take focus.
      showNarrowPane('briefing');
      void navigate(viewerPaths.exchange(id, { filters }));
    },
    openHelp: () => {
      setHelpOpen(true);
    },
  });

  return (
    <AppLinkBase>
      <title>{composeDocumentTitle(transcript, model.exchange, turnId)}</title>
      <ViewerLayout
        header={
          <AppHeader
            title={transcript.title}
            source={transcript.source}
            dateLine={transcript.preamble.find((block) => block.kind === 'metadata')?.text}
            homeHref={viewerPaths.home()}
            importHref={paths.import()}
            libraryHref={paths.library()}
            onOpenHelp={() => {
              setHelpOpen(true);
            }}
          />
        }
        filters={
          <FilterPanel
            transcript={transcript}
            article={documents.article}
            topics={documents.topics}
            filters={filters}
            onFiltersChange={changeFilters}
          />
        }
        notices={
          <LinkNotices
            paths={viewerPaths}
            problems={link.problems}
            transcript={transcript}
            filters={filters}
            exchangeId={exchangeId}
          />
        }
        rail={
          <Rail
            transcript={transcript}
            view={rail.view}
            filters={filters}
            hits={model.briefingHits}
            currentExchangeId={rail.segmentOf(exchangeId)}
            getExchangeHref={links.exchangeHref}
          />
        }
        briefing={
          <TranscriptPane
            transcript={transcript}
            view={view}
            filtering={model.filtering}
            activeTopics={model.activeTopics}
            hits={model.briefingHits}
            currentExchangeId={exchangeId}
            currentTurnId={turnId}
            links={links}
            slots={slots}
            onClearFilters={clearFilters}
          />
        }
        story={
          <Story
            article={documents.article}
            topics={documents.topics}
            activeTopics={model.activeTopics}
            hits={model.storyHits}
          />
        }
      />
      {footer === undefined ? null : <footer className="viewer-footer">{footer}</footer>}
      <ShortcutsDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false);
        }}
      />
    </AppLinkBase>
  );
}
