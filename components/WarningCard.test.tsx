import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
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
