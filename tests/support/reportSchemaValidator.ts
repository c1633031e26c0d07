// Test support: validates report JSON against the published schema.

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { reportJsonSchema } from '../../shared/report/reportSchema';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
export const validateReport = ajv.compile(reportJsonSchema);
