import type { KeyboardEvent, PointerEvent } from 'react';
import { storyWidthRange, useLayoutStore } from '../../state/layout';

/**
 * The bar between the briefing and the story. Drag it, or focus it and use the arrow keys (Home and End
 * jump to the limits), to give either document more room.
 */
export function StoryResizer() {
  const width = useLayoutStore((state) => state.storyWidth);
  const setWidth = useLayoutStore((state) => state.setStoryWidth);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { step, min, max } = storyWidthRange;
    const next: Partial<Record<string, number>> = {
      ArrowLeft: width + step,
      ArrowRight: width - step,
      Home: max,
      End: min,
    };
    const value = next[event.key];
    if (value === undefined) return;
    event.preventDefault();
    setWidth(value);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const area = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!area || area.width === 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const onMove = (move: globalThis.PointerEvent) => {
      setWidth(((area.right - move.clientX) / area.width) * 100);
    };
    const target = event.currentTarget;
    const stop = () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerup', stop);
      target.removeEventListener('pointercancel', stop);
    };
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerup', stop);
    target.addEventListener('pointercancel', stop);
  };

  return (
    // A focusable separator with a value is the ARIA window-splitter pattern, an interactive widget;
    // the lint rules only know the static separator.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      className="story-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Story width"
      aria-controls="story-pane"
      aria-valuemin={storyWidthRange.min}
      aria-valuemax={storyWidthRange.max}
      aria-valuenow={width}
      aria-valuetext={`Story takes ${width}% of the reading area`}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
    />
  );
}
