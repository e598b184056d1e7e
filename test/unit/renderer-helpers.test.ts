import { describe, expect, it } from 'vitest';
import { describeSaveStatus } from '../../src-renderer/app/save-status-store';
import { documentTitle } from '../../src-renderer/app/document-title';
import { errorFor, hasErrors, toFormErrors } from '../../src-renderer/components/form-errors';

describe('toFormErrors', () => {
  const ids = { name: 'name', type: 'type', odsCode: 'odsCode' };

  it('puts each field message on its control, in form order', () => {
    const errors = toFormErrors(
      {
        code: 'INVALID_INPUT',
        message: 'Enter the organisation name',
        path: ['name'],
        fields: [
          { path: ['odsCode'], message: 'Bad code' },
          { path: ['name'], message: 'Enter the organisation name' },
          { path: ['type'], message: 'Select the type' },
        ],
      },
      ids,
    );
    expect(errors.fields.map((f) => f.id)).toEqual(['name', 'type', 'odsCode']);
    expect(errorFor(errors, 'odsCode')).toBe('Bad code');
    expect(errors.general).toBeNull();
  });

  it('keeps a message that belongs to no field as a general one', () => {
    const errors = toFormErrors({ code: 'INTERNAL', message: 'Something went wrong', path: [], fields: [] }, ids);
    expect(errors).toEqual({ fields: [], general: 'Something went wrong' });
    expect(hasErrors(errors)).toBe(true);
  });

  it('shows a conflict on a field it names', () => {
    const errors = toFormErrors({ code: 'CONFLICT', message: 'Taken', path: ['name'], fields: [{ path: ['name'], message: 'Taken' }] }, ids);
    expect(errorFor(errors, 'name')).toBe('Taken');
  });
});

describe('describeSaveStatus', () => {
  it('says what is happening to the user\'s changes', () => {
    expect(describeSaveStatus({ pending: 0, lastSavedAt: null, error: null })).toEqual({ text: 'All changes saved', tone: 'quiet' });
    expect(describeSaveStatus({ pending: 2, lastSavedAt: null, error: 'x' }).text).toBe('Saving…');
    expect(describeSaveStatus({ pending: 0, lastSavedAt: new Date(2026, 10, 21, 14, 5), error: null }).text).toBe('All changes saved at 14:05');
    expect(describeSaveStatus({ pending: 0, lastSavedAt: new Date(), error: 'Disk full' })).toEqual({ text: 'Not saved: Disk full', tone: 'error' });
  });
});

describe('documentTitle', () => {
  it('names the page and the service, with Error: in front when the page shows errors', () => {
    expect(documentTitle('Organisations')).toBe('Organisations – Boardwalk');
    expect(documentTitle('Add an organisation', true)).toBe('Error: Add an organisation – Boardwalk');
  });
});
