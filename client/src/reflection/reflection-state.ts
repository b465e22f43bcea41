import {
  REFLECTION_HISTORY_KEY,
  REFLECTION_KEY,
  isDefaultReflectionField,
  readReflection,
  readReflectionHistory,
  type ReflectionField,
  type ReflectionRound,
  type ReflectionState,
} from '@moteplass/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useYMapSnapshot } from '../sync';

export interface ReflectionSnapshot {
  /** The current round (open, or the last closed one), or null before the first. */
  round: ReflectionState | null;
  /** Closed rounds, this meetup's and the earlier meetups' of its series, oldest first. */
  history: ReflectionRound[];
}

export function readReflectionSnapshot(map: Y.Map<unknown>): ReflectionSnapshot {
  return {
    round: readReflection(map.get(REFLECTION_KEY)),
    history: readReflectionHistory(map.get(REFLECTION_HISTORY_KEY)),
  };
}

/** The reflection as the server keeps it in the control document (read-only here). */
export function useReflection(map: Y.Map<unknown>): ReflectionSnapshot {
  return useYMapSnapshot(map, readReflectionSnapshot, false);
}

/** A field's name and statement in the page's language: a default field's from the catalogue, an own field's label. */
export function useFieldText() {
  const { t } = useTranslation();
  const name = useCallback(
    (field: ReflectionField): string =>
      field.label ??
      (isDefaultReflectionField(field.id) ? t(`reflection.fieldNames.${field.id}`) : field.id),
    [t],
  );
  const statement = useCallback(
    (field: ReflectionField): string | null =>
      !field.label && isDefaultReflectionField(field.id)
        ? t(`reflection.statements.${field.id}`)
        : null,
    [t],
  );
  return { name, statement };
}
