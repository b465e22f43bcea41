import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../languages.js';
import { agendaFromMethod, AgendaStateSchema } from './agenda.js';
import { METHOD_LIBRARY, findMethod } from './library.js';
import { MethodSchema } from './schema.js';

describe('the methods library', () => {
  it.each(METHOD_LIBRARY.map((method) => [method.id, method]))(
    'AGENDA-1: %s is a valid method, with phases its steps stay in',
    (_id, method) => {
      const errors = [...Value.Errors(MethodSchema, method)].map((e) => `${e.path} ${e.message}`);
      expect(errors).toEqual([]);
      for (const step of method.steps) {
        if (step.phase && method.phases.length > 0) expect(method.phases).toContain(step.phase);
      }
    },
  );

  it('AGENDA-1: ids are unique', () => {
    const ids = METHOD_LIBRARY.map((method) => method.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('AGENDA-1: 1-2-4-All goes alone in silence, then pairs, then groups of four, then all', () => {
    const method = findMethod('1-2-4-all')!;
    expect(method.steps.map((step) => step.controls ?? {})).toEqual([
      { silentWriting: { reveal: 'attributed' } },
      {},
      { breakout: { groupSize: 4, mix: 'roles' } },
      {},
    ]);
  });

  it.each(LANGUAGES)('AGENDA-1: a method becomes a planned agenda in %s', (language) => {
    for (const method of METHOD_LIBRARY) {
      const agenda = agendaFromMethod(method, language);
      expect(Value.Check(AgendaStateSchema, agenda)).toBe(true);
      expect(agenda.status).toBe('planned');
      expect(agenda.steps.map((step) => step.title)).toEqual(
        method.steps.map((step) => step.title[language]),
      );
    }
  });
});
