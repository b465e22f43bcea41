import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api';
import { JoinForm } from './JoinForm';
import { validateJoinForm } from './join-form';

describe('validateJoinForm', () => {
  it('needs a role, but not a name', () => {
    expect(validateJoinForm({ code: 'abc-234', name: '  ', role: '' })).toEqual({
      ok: false,
      errors: { role: 'join.roleRequired' },
    });
    expect(validateJoinForm({ code: 'abc-234', name: '  ', role: 'politiker' })).toEqual({
      ok: true,
      request: { joinCode: 'ABC234', role: 'politiker' },
    });
  });

  it('checks the code and the length of the name', () => {
    const result = validateJoinForm({ code: 'AB', name: 'x'.repeat(61), role: 'forsker' });
    expect(result).toEqual({
      ok: false,
      errors: { code: 'start.joinCodeMalformed', name: 'join.nameTooLong' },
    });
  });
});

describe('JoinForm', () => {
  it('says that a role is missing, and sends nothing', () => {
    const onSubmit = vi.fn(async () => {});
    render(<JoinForm initialCode="ABC234" onSubmit={onSubmit} />);

    fireEvent.click(screen.getByRole('button', { name: 'Bli med' }));

    expect(screen.getByRole('alert').textContent).toBe('Velg en rolle.');
    expect(screen.getByLabelText('Rolle').getAttribute('aria-invalid')).toBe('true');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the code from the link, the name and the role', () => {
    const onSubmit = vi.fn(async () => {});
    render(<JoinForm initialCode="abc 234" onSubmit={onSubmit} />);
    // The code came with the link, so the field is not shown.
    expect(screen.queryByLabelText('Kode')).toBeNull();

    fireEvent.change(screen.getByLabelText('Navn eller kallenavn (valgfritt)'), {
      target: { value: ' Kari ' },
    });
    fireEvent.change(screen.getByLabelText('Rolle'), { target: { value: 'innbygger' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bli med' }));

    expect(onSubmit).toHaveBeenCalledWith({ joinCode: 'ABC234', name: 'Kari', role: 'innbygger' });
  });

  it('shows a refused code as a translated message on the code field', async () => {
    const onSubmit = vi.fn(async () => {
      throw new ApiError(400, 'INVALID_JOIN_CODE', 'join code does not match');
    });
    render(<JoinForm initialCode="ABC234" onSubmit={onSubmit} />);
    fireEvent.change(screen.getByLabelText('Rolle'), { target: { value: 'frivillig' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bli med' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Koden stemmer ikke for dette verkstedet.',
    );
    expect(screen.getByLabelText('Kode')).toBeTruthy();
  });
});
