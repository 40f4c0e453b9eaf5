import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('copies a citation of a turn: whole sentences, the speaker, the date, the link and the source', async () => {
    const user = userEvent.setup();
    renderAt('/exchange/x2');
    await screen.findByRole('region', { name: questionExchange(1).title });
    const answer = screen.getAllByRole('article').find((candidate) => candidate.id === 't5');
    if (!answer) throw new Error('The first answer is not shown');
    await user.click(within(answer).getByRole('button', { name: /^Copy citation/ }));
    expect(await navigator.clipboard.readText()).toBe(
      "“I'll just comment briefly, because I don't want to get ahead of any public release that is pending.\n\n" +
        'I would just say this much: Landmines are one of very many other important tools that our commanders need to have available to them on the battlefield, to shape the battlefield and to protect our forces.\n\n' +
        'At the end of the day, we want to make sure that we have all the tools in our toolkit that are legally available and effective to ensure our success and to ensure the protection of our soldiers, sailors, airmen and Marines.” ' +
        '— Mark T. Esper, Secretary of Defense, United States, in “Secretary of Defense Dr. Mark T. Esper and Minister of Defense Lorenzo Guerini of Italy Joint Press Briefing”, U.S. Department of Defense, 31 January 2020. ' +
        `${window.location.origin}/exchange/x2#t5\n` +
        "Source: https://www.defense.gov/Newsroom/Transcripts/Transcript/Article/2072124/secretary-of-defense-dr-mark-t-esper-and-minister-of-defense-lorenzo-guerini-of/#:~:text=I'll%20just%20comment%20briefly%2C,sailors%2C%20airmen%20and%20Marines.",
    );
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
