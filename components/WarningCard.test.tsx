import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADVICE, adviceLanguage } from './advice';
import { WarningCard } from './WarningCard';

describe('WarningCard', () => {
  afterEach(cleanup);

  it('an urgent card says the person is not in trouble, what to do, and where to get local help', () => {
    render(<WarningCard level="urgent" categories={['threat-to-share', 'payment-demand']} country="GB" />);
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByText(/not in trouble/i)).toBeTruthy();
    expect(screen.getByText(/Don't pay/)).toBeTruthy();
    expect(screen.getByText(/threatened to share pictures/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Childline' })).toBeTruthy();
  });

  it('a caution is a quiet status, folded until asked', () => {
    render(<WarningCard level="caution" categories={['platform-move', 'personal-probe']} />);
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByText(/Don't pay/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'What can I do?' }));
    expect(screen.getByText(/don't have to move to another app/)).toBeTruthy();
  });

  it('closes with the button and with Escape', () => {
    const onDismiss = vi.fn();
    render(<WarningCard level="warning" categories={['image-request']} onDismiss={onDismiss} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close this heads-up' }));
    fireEvent.keyDown(screen.getByRole('status'), { key: 'Escape' });
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('never shows the message text, only what kind of signal it was', () => {
    const { container } = render(<WarningCard level="warning" categories={['image-request']} />);
    expect(container.textContent).toMatch(/asked for photos/);
  });
});

describe('WarningCard in the reader’s language', () => {
  afterEach(cleanup);

  it('speaks the browser’s language, with the same calm message and local help', () => {
    render(<WarningCard level="urgent" categories={['threat-to-share']} country="ES" language="es" onDismiss={() => {}} />);
    expect(screen.getByRole('alert').getAttribute('lang')).toBe('es');
    expect(screen.getByText(/No estás en problemas/)).toBeTruthy();
    expect(screen.getByText(/No pagues/)).toBeTruthy();
    expect(screen.getByText(/amenazó con compartir fotos/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cerrar este aviso' })).toBeTruthy();
    expect(screen.getByText('Ayuda en ES')).toBeTruthy();
  });
});

describe('adviceLanguage', () => {
  it('takes the browser language when the card has it, English otherwise', () => {
    expect(adviceLanguage('pt-BR')).toBe('pt');
    expect(adviceLanguage('de')).toBe('de');
    expect(adviceLanguage('PL-pl')).toBe('pl');
    expect(adviceLanguage('ja-JP')).toBe('en');
    expect(adviceLanguage(undefined)).toBe('en');
  });

  it('every language says every step and reason, without leftover English', () => {
    for (const [lang, advice] of Object.entries(ADVICE)) {
      if (lang === 'en') continue;
      for (const level of ['caution', 'warning', 'urgent'] as const) {
        expect(advice.steps[level].length, `${lang} ${level}`).toBe(ADVICE.en.steps[level].length);
        expect(advice.levels[level].title, `${lang} ${level}`).not.toBe(ADVICE.en.levels[level].title);
      }
      for (const [category, reason] of Object.entries(advice.reasons)) {
        expect(reason, `${lang} ${category}`).not.toBe(ADVICE.en.reasons[category as keyof typeof advice.reasons]);
      }
    }
  });
});
