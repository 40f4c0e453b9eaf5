import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { AppLinkBase } from '../components/app-link';
import { dropFilters, emptyFilters } from '../domain/search/filters';
import type { ReadingDocuments } from '../domain/search/reading-view';
import { describeDateGap, readDocumentDate } from '../domain/document/source-facts';
import { composeDocumentTitle } from '../domain/site/document-title';
import type { ExchangeId } from '../domain/types';
import { FilterPanel } from '../features/filters/filter-panel';
import { DocumentHeading } from '../features/layout/document-heading';
import { ViewerLayout } from '../features/layout/viewer-layout';
import { OverviewRail } from '../features/overview/overview-rail';
import { ShortcutsDialog } from '../features/shortcuts/shortcuts-dialog';
import { StoryPane } from '../features/story/story-pane';
import { TranscriptPane } from '../features/transcript/transcript-pane';
import { useLayoutStore } from '../state/layout';
import { QuotePopover } from '../features/share/quote-popover';
import { LinkNotices } from './link-notices';
import { QuoteNotice, useQuoteMarks } from './quote-notice';
import { SitePage } from './site-page';
import { useExchangeKeys } from './use-exchange-keys';
import { useFilterNavigation } from './use-filter-navigation';
import { usePanes } from './use-panes';
import { downloadsId, useQuoteSource } from './use-quote-source';
import { useShareSlots } from './use-share-slots';
import { useViewerLinks, type ViewerPaths } from './use-viewer-links';
import { useViewerModel } from './use-viewer-model';
import './viewer.css';

interface ViewerProps {
  readonly documents: ReadingDocuments;
  /** Where this viewer's pages live; every link it draws is built from them. */
  readonly viewerPaths: ViewerPaths;
  readonly footer?: ReactNode;
  /** What the document is, above its title, when it is not a briefing transcript. */
  readonly kind?: string;
}

/** The viewer: the briefing and the story side by side, narrowed by the filters in the address. */
export function Viewer({ documents, viewerPaths, footer, kind }: ViewerProps) {
  const { facts, link, view, quote } = useViewerModel(documents);
  const { transcript, article, topics } = documents;
  const navigate = useNavigate();
  const [helpOpen, setHelpOpen] = useState(false);
  const { transcriptPane, storyPane, revealMark } = usePanes();
  const searchField = useRef<HTMLInputElement>(null);
  const slots = useShareSlots(transcript, viewerPaths, documents.local);
  const quoteSource = useQuoteSource(documents, viewerPaths);
  const quoteMarks = useQuoteMarks(quote);
  // The rail's links keep the reader's filters, so a click moves within the same view; the
  // permalinks beside each exchange and turn are bare, as Help says, to be copied and shared.
  const links = useViewerLinks(viewerPaths, view.request.filters);
  const permalinks = useViewerLinks(viewerPaths, emptyFilters);
  const showNarrowPane = useLayoutStore((state) => state.showNarrowPane);
  const changeFilters = useFilterNavigation(viewerPaths);
  const clearFilters = useCallback(() => {
    changeFilters(dropFilters(link.filters), { replace: false });
  }, [changeFilters, link.filters]);
  const openHelp = () => {
    setHelpOpen(true);
  };

  useExchangeKeys({
    shown: view.shown,
    currentExchangeId: link.exchangeId,
    focusedExchange: () => transcriptPane.current?.focusedExchange(),
    goTo: (id: ExchangeId) => {
      // On a narrow screen the exchange must be on show to take focus.
      showNarrowPane('briefing');
      void navigate(viewerPaths.exchange(id, { filters: link.filters }));
    },
    focusSearch: () => {
      searchField.current?.focus();
    },
    openHelp,
  });

  const dateNote = describeDateGap(readDocumentDate(transcript), article?.source?.date);
  const exchange = transcript.exchanges.find((candidate) => candidate.id === link.exchangeId);
  return (
    <AppLinkBase>
      <SitePage
        skipTo={{ id: 'briefing', label: 'Skip to the briefing' }}
        banner={
          <DocumentHeading
            title={transcript.title}
            {...(kind === undefined ? {} : { kind })}
            source={transcript.source}
            dateLine={readDocumentDate(transcript)}
          />
        }
        tools={
          <button type="button" className="button" aria-haspopup="dialog" onClick={openHelp}>
            Help <kbd aria-hidden="true">?</kbd>
          </button>
        }
      >
        <title>{composeDocumentTitle(transcript, exchange, link.turnId, quoteMarks.words)}</title>
        <ViewerLayout
          end={
            footer === undefined
              ? undefined
              : { id: downloadsId, label: 'Skip to the end of the briefing' }
          }
          filters={
            <FilterPanel
              speakers={transcript.speakers}
              facts={facts}
              filters={link.filters}
              view={view}
              onFiltersChange={changeFilters}
              revealMark={revealMark}
              searchRef={searchField}
            />
          }
          notices={
            <>
              <LinkNotices
                paths={viewerPaths}
                problems={link.problems}
                transcript={transcript}
                filters={link.filters}
                exchangeId={link.exchangeId}
              />
              <QuoteNotice quote={quote} />
            </>
          }
          rail={
            <OverviewRail
              transcript={transcript}
              view={view.transcript}
              filters={view.request.filters}
              hitsByTurn={view.hitsByBlock.briefing}
              measureTurn={facts.measureTurn}
              currentExchangeId={view.request.exchangeId}
              getExchangeHref={links.exchangeHref}
            />
          }
          briefing={
            <TranscriptPane
              ref={transcriptPane}
              transcript={transcript}
              view={view}
              links={permalinks}
              slots={slots}
              onClearFilters={clearFilters}
              measureTurn={facts.measureTurn}
              quote={quoteMarks.briefing}
            />
          }
          story={
            article === undefined ? undefined : (
              <StoryPane
                ref={storyPane}
                article={article}
                topics={topics}
                activeTopics={view.activeTopics}
                hitsByParagraph={view.hitsByBlock.story}
                dateNote={dateNote}
                quote={quoteMarks.story}
              />
            )
          }
        />
        {footer === undefined ? null : (
          <footer id={downloadsId} className="viewer-footer" tabIndex={-1}>
            {footer}
          </footer>
        )}
        <QuotePopover source={quoteSource} />
        <ShortcutsDialog
          open={helpOpen}
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      </SitePage>
    </AppLinkBase>
  );
}
