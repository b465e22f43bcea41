import type { BreakoutGroup, GroupScope } from '@moteplass/shared';
import { useTranslation } from 'react-i18next';

/** Whom a running silent round or vote is for, during a breakout: one group or all of them. */
export function GroupScopeLine({
  scope,
  groups,
}: {
  scope: GroupScope;
  groups: readonly BreakoutGroup[];
}) {
  const { t } = useTranslation();
  if (scope.allGroups) return <p data-group-scope="all">{t('groupEquality.scopeAll')}</p>;
  if (scope.groupId === undefined) return null;
  const name = groups.find((g) => g.id === scope.groupId)?.name ?? '';
  return <p data-group-scope={scope.groupId}>{t('groupEquality.scopeGroup', { group: name })}</p>;
}

/** The action fields for a choice of the scope select: '' the room, 'groups:all', 'group:<id>'. */
export function groupScopeFields(choice: string): GroupScope | null {
  if (choice === 'groups:all') return { allGroups: true };
  if (choice.startsWith('group:')) return { groupId: choice.slice('group:'.length) };
  return null;
}

/** The scope select's options for a running breakout. */
export function GroupScopeOptions({ groups }: { groups: readonly BreakoutGroup[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  return (
    <>
      <option value="groups:all">{t('groupEquality.scopeAll')}</option>
      {groups.map((group) => (
        <option key={group.id} value={`group:${group.id}`}>
          {t('groupEquality.scopeGroup', { group: group.name })}
        </option>
      ))}
    </>
  );
}
