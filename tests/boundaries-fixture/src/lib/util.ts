export const util = 'shared helper';
