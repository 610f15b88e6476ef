export * from './client.js';
export * from './kubeconfig.js';
export * from './helm.js';
