export * from './plane.js';
export * from './rest.js';
export * from './kubelet-standin.js';
export * from './operator-standin.js';
export * from './static-server.js';
export * from './pki.js';
export * from './chart-repo.js';
export * from './tool-mirror.js';
