import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { seedTranscript } from '../../src/domain/document/seed-documents';
import { initialLayout, useLayoutStore } from '../../src/state/layout';
import { questionExchange, renderAt } from './render-route';

beforeEach(() => {
  localStorage.clear();
  useLayoutStore.setState(initialLayout);
});

describe('sharing', () => {
  it('copies an exchange permalink without the filters and announces it', async () => {
    const user = userEvent.setup();
    const question = questionExchange(2);
    renderAt(`/?topic=libya&q=the`);
    const section = await screen.findByRole('region', { name: question.title });
    await user.click(
      within(section).getByRole('button', { name: `Copy link to ${question.title}` }),
    );
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/exchange/${question.id}`,
    );
    expect(await screen.findByText('Link copied')).toBeVisible();
  });

  it('copies a citation of a turn with the speaker, the briefing and the link', async () => {
    const user = userEvent.setup();
    const question = questionExchange(1);
    const answerId = question.turnIds.at(-1);
    const answer = seedTranscript.turns.find((turn) => turn.id === answerId);
    const speaker = seedTranscript.speakers.find((candidate) => candidate.id === answer?.speakerId);
    if (!answer || !speaker) throw new Error('The first question has no answer');
    renderAt(`/exchange/${question.id}`);
    await screen.findByRole('region', { name: question.title });
    const article = screen.getAllByRole('article').find((candidate) => candidate.id === answer.id);
    if (!article) throw new Error('The answer is not shown');
    await user.click(within(article).getByRole('button', { name: /^Copy citation/ }));
    const citation = await navigator.clipboard.readText();
    expect(citation).toContain(`— ${speaker.name}`);
    expect(citation).toContain(`in “${seedTranscript.title}”`);
    expect(
      citation.endsWith(`${window.location.origin}/exchange/${question.id}#${answer.id}`),
    ).toBe(true);
    expect(citation.startsWith('“')).toBe(true);
    expect(await screen.findByText('Citation copied')).toBeVisible();
  });

  it('offers the link for copying by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    const question = questionExchange(1);
    renderAt('/');
    const section = await screen.findByRole('region', { name: question.title });
    await user.click(
      within(section).getByRole('button', { name: `Copy link to ${question.title}` }),
    );
    expect(await screen.findByText(/could not be copied automatically/)).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Text to copy' })).toHaveValue(
      `${window.location.origin}/exchange/${question.id}`,
    );
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('textbox', { name: 'Text to copy' })).not.toBeInTheDocument();
  });
});
