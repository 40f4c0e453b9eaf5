import type { ArticleParagraph } from '../../domain/types';

/** How the story is laid out: quotes by one speaker kept together, list items in one list. */
type Run = readonly [ArticleParagraph, ...ArticleParagraph[]];

export type StoryBlock =
  | { readonly kind: 'body'; readonly paragraph: ArticleParagraph }
  | { readonly kind: 'caption'; readonly paragraph: ArticleParagraph }
  | { readonly kind: 'quote'; readonly paragraphs: Run }
  | { readonly kind: 'list'; readonly paragraphs: Run };

/** Groups a story's paragraphs into blocks: runs of quotes by one speaker, runs of list items. */
export function groupStoryBlocks(paragraphs: readonly ArticleParagraph[]): StoryBlock[] {
  const blocks: StoryBlock[] = [];
  for (const paragraph of paragraphs) {
    const last = blocks.at(-1);
    if (paragraph.kind === 'list-item') {
      if (last?.kind === 'list')
        blocks[blocks.length - 1] = { ...last, paragraphs: [...last.paragraphs, paragraph] };
      else blocks.push({ kind: 'list', paragraphs: [paragraph] });
    } else if (paragraph.kind === 'quote') {
      const sameSpeaker =
        last?.kind === 'quote' && last.paragraphs[0].speakerId === paragraph.speakerId;
      if (sameSpeaker)
        blocks[blocks.length - 1] = { ...last, paragraphs: [...last.paragraphs, paragraph] };
      else blocks.push({ kind: 'quote', paragraphs: [paragraph] });
    } else {
      blocks.push({ kind: paragraph.kind, paragraph });
    }
  }
  return blocks;
}
