import {
  CATALOGUES,
  isDefaultReflectionField,
  type Language,
  type ReflectionField,
} from '@moteplass/shared';

/** A field's name in `language`: the catalogue's for a default field, the facilitator's own label otherwise. */
export function fieldLabel(field: ReflectionField, language: Language): string {
  if (field.label) return field.label;
  return isDefaultReflectionField(field.id)
    ? CATALOGUES[language].reflection.fieldNames[field.id]
    : field.id;
}
