import 'i18next';
import type admin from './locales/en/admin.json';
import type audit from './locales/en/audit.json';
import type auth from './locales/en/auth.json';
import type common from './locales/en/common.json';
import type demo from './locales/en/demo.json';
import type evidence from './locales/en/evidence.json';
import type field from './locales/en/field.json';
import type intel from './locales/en/intel.json';
import type monitoring from './locales/en/monitoring.json';
import type network from './locales/en/network.json';
import type operations from './locales/en/operations.json';
import type outcomes from './locales/en/outcomes.json';
import type plans from './locales/en/plans.json';
import type prosecution from './locales/en/prosecution.json';
import type protection from './locales/en/protection.json';
import type screening from './locales/en/screening.json';
import type shell from './locales/en/shell.json';

/** Keys are checked against the English catalogues: a missing key fails the web build's typecheck. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      common: typeof common;
      shell: typeof shell;
      auth: typeof auth;
      admin: typeof admin;
      audit: typeof audit;
      demo: typeof demo;
      evidence: typeof evidence;
      field: typeof field;
      intel: typeof intel;
      network: typeof network;
      monitoring: typeof monitoring;
      operations: typeof operations;
      outcomes: typeof outcomes;
      plans: typeof plans;
      prosecution: typeof prosecution;
      protection: typeof protection;
      screening: typeof screening;
    };
  }
}
