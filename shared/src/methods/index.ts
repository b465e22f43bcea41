export * from './actions.js';
export * from './agenda.js';
export * from './library.js';
export * from './schema.js';
export * from './exported.js';
