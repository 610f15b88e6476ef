export * from './client.js';
export * from './api.js';
