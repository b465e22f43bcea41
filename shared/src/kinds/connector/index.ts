import { Type } from '@sinclair/typebox';
import { kindFields } from '../fields.js';
import { defineKind } from '../kind.js';

/** A line from one item to another, by id; drawn between them wherever they are. */
export const ConnectorItemSchema = Type.Object({
  ...kindFields('connector', 1),
  from: Type.String({ maxLength: 64 }),
  to: Type.String({ maxLength: 64 }),
});

export const connectorKind = defineKind({
  type: 'connector',
  schema: ConnectorItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ from: '', to: '' }),
  // Its words are the items it joins ("from → to"), which only the reader can look up.
  plainText: () => '',
  traits: { joins: true, structure: true },
  exports: {},
});
