// The one contract shared by client and server: import from here, declare nothing twice.
export * from './errors';
export * from './auth';
export * from './outcomes';
export * from './campaign';
export * from './canvass';
export * from './stats';
export * from './transfer';
export * from './events';
export * from './contactColumns';
export * from './mergeFields';
export * from './telephony';
export * from './privacy';
