export { MessageRoot as Root } from './MessageRoot';
export { MessageContent as Content } from './MessageContent';
export { MessageCitations as Citations } from './MessageCitations';
export { MessageCopy as Copy } from './MessageCopy';
