/** Sign-up role categories (DOMAIN.md). Shown as counts and colours, never used to rank people. */
export const ROLES = [
  'innbygger',
  'kommuneansatt',
  'politiker',
  'frivillig',
  'naringsliv',
  'forsker',
  'annet',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * One colour per role for cursors and attribution badges. Each has at least
 * 4.5:1 contrast against white text, so a badge label stays readable (WCAG 1.4.3).
 */
export const ROLE_COLORS: Record<Role, string> = {
  innbygger: '#1f6f43',
  kommuneansatt: '#1d4f91',
  politiker: '#8a2c6b',
  frivillig: '#9a4a00',
  naringsliv: '#5b3b9a',
  forsker: '#00667a',
  annet: '#4a5560',
};
