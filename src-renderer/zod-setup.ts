import { z } from 'zod';

// Zod compiles fast parsers with `new Function` unless told not to. The renderer's
// Content-Security-Policy forbids eval, and even zod's probe for it is reported as a policy
// violation, so it must be switched off before any schema is built: import this module first.
z.config({ jitless: true });
