import { util } from '@/lib/util';

export const b = `feature b uses ${util}`;
