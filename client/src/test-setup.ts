import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// Initialise i18next (nb) for components under test.
import './i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
