import { useCallback, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { emptyFilters, type Filters } from '../domain/filters';
import type { ExchangeId, TurnId } from '../domain/types';
import { FilterPanel } from '../features/filters/filter-panel';
import { OverviewRail } from '../features/overview/overview-rail';
import { StoryPane } from '../features/story/story-pane';
import { AppHeader } from '../features/layout/app-header';
import { ViewerLayout } from '../features/layout/viewer-layout';
import { ShortcutsDialog } from '../features/shortcuts/shortcuts-dialog';
import { TranscriptPane } from '../features/transcript/transcript-pane';
import { useLayoutStore } from '../state/ui-layout';
import { composeDocumentTitle } from './document-title';
import { LinkNotices } from './link-notices';
import { paths } from './paths';
import { writeFilters } from './search-params';
import { useExchangeKeys } from './use-exchange-keys';
import { useShareSlots } from './use-share-slots';
import { useViewerModel } from './use-viewer-model';

/** The viewer: the briefing and the story side by side, narrowed by the filters in the URL. */
export function ViewerRoute() {
  const model = useViewerModel();
  const { documents, link, view } = model;
  const { transcript } = documents;
  const { filters, exchangeId, turnId } = link;
  const navigate = useNavigate();
  const location = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);
  const slots = useShareSlots(transcript);
  const showNarrowPane = useLayoutStore((state) => state.showNarrowPane);

  // Toggling a filter adds a history entry (Back undoes it); typing a search replaces the entry.
  const changeFilters = useCallback(
    (next: Filters, options: { readonly replace: boolean }) => {
      const search = writeFilters(next).toString();
      void navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
        { replace: options.replace, preventScrollReset: true },
      );
    },
    [navigate, location.pathname, location.hash],
  );

  useExchangeKeys({
    view,
    currentExchangeId: exchangeId,
    goTo: (id: ExchangeId) => {
      // On a narrow screen the exchange must be on show to take focus.
      showNarrowPane('briefing');
      void navigate(paths.exchange(id, { filters }));
    },
    openHelp: () => {
      setHelpOpen(true);
    },
  });

  const links = {
    exchangeHref: (id: ExchangeId) => paths.exchange(id, { filters }),
    turnHref: (id: ExchangeId, turn: TurnId) => paths.exchange(id, { turnId: turn, filters }),
  };

  return (
    <>
      <title>{composeDocumentTitle(transcript, model.exchange, turnId)}</title>
      <ViewerLayout
        header={
          <AppHeader
            title={transcript.title}
            source={transcript.source}
            dateLine={transcript.preamble.find((block) => block.kind === 'metadata')?.text}
            homeHref={paths.home()}
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
            problems={link.problems}
            transcript={transcript}
            filters={filters}
            exchangeId={exchangeId}
          />
        }
        rail={
          <OverviewRail
            transcript={transcript}
            view={view}
            filters={filters}
            hits={model.briefingHits}
            currentExchangeId={exchangeId}
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
            onClearFilters={() => {
              changeFilters(emptyFilters, { replace: false });
            }}
          />
        }
        story={
          <StoryPane
            article={documents.article}
            topics={documents.topics}
            activeTopics={model.activeTopics}
            hits={model.storyHits}
          />
        }
      />
      <ShortcutsDialog
        open={helpOpen}
        onClose={() => {
          setHelpOpen(false);
        }}
      />
    </>
  );
}
