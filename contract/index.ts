export * from './balance';
export * from './envelope';
export * from './fields';
export * from './money';
export * from './orders';
export * from './pricing';
export * from './query';
export * from './service';
