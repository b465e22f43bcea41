/**
 * What `startReflection` gets from the console's list of fields: nothing when
 * it is the default list unchanged (the server's defaults, named in every
 * reader's language), else one entry per non-empty line — a default field's id
 * where the line is that field's name, so it stays translated, else the line
 * itself as the facilitator's own label.
 */
export function fieldsToSend(
  text: string,
  defaultNames: readonly string[],
  defaultIds: readonly string[],
): string[] | undefined {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const same =
    lines.length === defaultNames.length && lines.every((line, i) => line === defaultNames[i]);
  if (same) return undefined;
  const byName = new Map(defaultNames.map((name, i) => [name.toLowerCase(), defaultIds[i]]));
  return lines.map((line) => byName.get(line.toLowerCase()) ?? line);
}
