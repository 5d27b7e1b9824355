/**
 * Site configuration for Planverk. Every field is documented in
 * src/lib/config/schema.ts; the README's «Configuration» section explains them.
 */
import { defineConfig } from './src/lib/config/define.ts';

export default defineConfig({
  siteName: 'Planverk – planar og vedtak',
  description: 'Strategiar, planar, saksframlegg og vedtak frå kommunane, samla på éin stad.',
  baseUrl: 'https://planverk.example.no',
  defaultMalform: 'nn',
  kommuner: [
    { name: 'Årdal', coatOfArms: '/vapen/ardal.svg' },
    { name: 'Lærdal', coatOfArms: '/vapen/laerdal.svg' },
    { name: 'Tysnes', coatOfArms: '/vapen/tysnes.svg' },
    { name: 'Levanger', coatOfArms: '/vapen/levanger.svg' },
  ],
  accentColor: '#1d4f7c',
  accessibilityStatement: 'https://uustatus.no/nn/erklaringar/publisert/planverk-eksempel',
  contactEmail: 'postmottak@planverk.example.no',
});
