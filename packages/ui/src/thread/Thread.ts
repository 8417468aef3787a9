export { ThreadRoot as Root } from './ThreadRoot';
export { ThreadMessages as Messages } from './ThreadMessages';
export { ThreadEmpty as Empty } from './ThreadEmpty';
