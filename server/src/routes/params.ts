import { Type } from '@sinclair/typebox';

export const WorkshopParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
