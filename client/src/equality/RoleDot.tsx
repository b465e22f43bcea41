import { ROLE_COLORS, type Role } from '@moteplass/shared';

/** A role's colour as a small swatch; always next to the role's name, never alone. */
export function RoleDot({ role }: { role: Role | null }) {
  return (
    <span
      className={`role-swatch${role ? '' : ' role-none'}`}
      style={role ? { backgroundColor: ROLE_COLORS[role] } : undefined}
      aria-hidden="true"
    />
  );
}
