/**
 * The kinds table's public face: the list (./table.ts), each kind's schema and
 * helpers, the item union and the migrations.
 */
export * from './table.js';
export * from './migrate.js';
export * from './union.js';
export * from './action/index.js';
export * from './connector/index.js';
export * from './drawing/index.js';
export * from './fields.js';
export * from './frame/index.js';
export * from './image/index.js';
export * from './indicator/index.js';
export * from './kind.js';
export * from './note/colours.js';
export * from './note/index.js';
export * from './note/nearest-colour.js';
export * from './poll/ballot.js';
export * from './poll/index.js';
export * from './shape/index.js';
export * from './text/index.js';
export * from './fixtures/v1-items.js';
