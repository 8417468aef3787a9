export { ThreadRoot as Root } from './ThreadRoot';
export { ThreadViewport as Viewport } from './ThreadViewport';
export { ThreadMessages as Messages } from './ThreadMessages';
export { ThreadEmpty as Empty } from './ThreadEmpty';
export { ThreadJumpToLatest as JumpToLatest } from './ThreadJumpToLatest';
export { ThreadAnnouncer as Announcer } from './ThreadAnnouncer';
