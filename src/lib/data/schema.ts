/**
 * JSON Schema (draft 2020-12) of `data/dokument.json`, published beside it
 * as `data/dokument.schema.json` and used by the tests with a real validator.
 */
import { ACTION_STATUS_CODES } from '../core/action-status.ts';
import { DOC_STATUS_CODES } from '../core/doc-status.ts';

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const sitePath = { type: 'string', pattern: '^/' } as const;
const text = { type: 'string', minLength: 1 } as const;
const texts = { type: 'array', items: text } as const;
const actionStatus = { enum: ACTION_STATUS_CODES };

/** The schema object; `$id` is the absolute URL it is published at. */
export function documentSchema(baseUrl: string): Record<string, unknown> {
  const base = baseUrl.replace(/\/$/, '');
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${base}/data/dokument.schema.json`,
    title: 'Planverk: dokument',
    description:
      'Alle publiserte dokument med metadata, vedtak, satsingsområde og tiltak (med gjeldande status etter statusoppdateringar). URL-ar er relative til rota av nettstaden.',
    type: 'object',
    required: ['lisens', 'dokument'],
    additionalProperties: false,
    properties: {
      lisens: {
        description: 'Lisensen dataa er publiserte under (planverk.config.ts: openDataLicence).',
        type: 'object',
        required: ['namn', 'url'],
        additionalProperties: false,
        properties: { namn: { type: 'string' }, url: { type: 'string', format: 'uri' } },
      },
      dokument: { type: 'array', items: { $ref: '#/$defs/dokument' } },
    },
    $defs: {
      dokument: {
        type: 'object',
        required: [
          'id',
          'tittel',
          'type',
          'malform',
          'status',
          'statusTekst',
          'dato',
          'kommune',
          'url',
          'sammendrag',
        ],
        additionalProperties: false,
        properties: {
          id: { ...text, description: 'Stien under content/ utan filending.' },
          tittel: text,
          undertittel: text,
          type: {
            enum: ['strategi', 'plan', 'handlingsplan', 'saksframlegg', 'orientering', 'notat'],
          },
          malform: { enum: ['nb', 'nn'] },
          status: {
            enum: DOC_STATUS_CODES,
            description: 'lagt-fram for orientering og notat, som ikkje blir vedtekne.',
          },
          statusTekst: {
            ...text,
            description: 'Statusen slik sida viser han, på målforma til dokumentet.',
          },
          dato: isoDate,
          kommune: { ...texts, minItems: 1 },
          url: { ...sitePath, description: 'Sida til dokumentet.' },
          pdf: {
            description: 'PDF-utgåva av dokumentet.',
            anyOf: [
              sitePath,
              {
                type: 'object',
                required: ['url'],
                properties: { url: sitePath, bytes: { type: 'integer', minimum: 0 } },
              },
            ],
          },
          bilde: { ...sitePath, description: 'Delingsbilete (1200×630 PNG) for sosiale medium.' },
          horingsfrist: isoDate,
          horingssvar: {
            description:
              'Korleis ein svarar på høyringa: ei e-postadresse eller eit skjema (https).',
            oneOf: [
              {
                type: 'object',
                required: ['type', 'epost'],
                additionalProperties: false,
                properties: { type: { const: 'epost' }, epost: text },
              },
              {
                type: 'object',
                required: ['type', 'url'],
                additionalProperties: false,
                properties: {
                  type: { const: 'skjema' },
                  url: { type: 'string', pattern: '^https://' },
                },
              },
            ],
          },
          periode: {
            type: 'object',
            required: ['fra', 'til'],
            additionalProperties: false,
            properties: { fra: { type: 'integer' }, til: { type: 'integer' } },
          },
          arkivsak: text,
          arkivkode: text,
          saksbehandler: text,
          ansvarlig: text,
          sammendrag: { type: 'string' },
          emneord: texts,
          vedlegg: {
            type: 'array',
            items: {
              type: 'object',
              required: ['tittel', 'url', 'filtype', 'bytes'],
              additionalProperties: false,
              properties: {
                tittel: text,
                url: sitePath,
                filtype: { type: 'string' },
                bytes: { type: 'integer', minimum: 0 },
              },
            },
          },
          relatert: texts,
          erstatter: text,
          erstattesAv: text,
          strategi: text,
          behandling: {
            type: 'array',
            items: {
              type: 'object',
              required: ['utvalg'],
              additionalProperties: false,
              properties: { utvalg: text, motedato: isoDate, saksnr: text },
            },
          },
          innstilling: {
            type: 'object',
            required: ['punkt'],
            additionalProperties: false,
            properties: { fra: text, punkt: texts },
          },
          vedtak: {
            type: 'array',
            items: {
              type: 'object',
              required: ['organ', 'punkt'],
              additionalProperties: false,
              properties: { organ: text, dato: isoDate, saksnr: text, punkt: texts },
            },
          },
          satsingsomrade: {
            type: 'array',
            items: {
              type: 'object',
              required: ['id', 'tittel', 'mal'],
              additionalProperties: false,
              properties: {
                id: text,
                tittel: text,
                prioritet: { type: 'integer', minimum: 1 },
                mal: texts,
                seksjon: { type: 'string' },
                anker: { type: 'string' },
              },
            },
          },
          handlingsplan: { type: 'array', items: { $ref: '#/$defs/tiltak' } },
        },
      },
      tiltak: {
        type: 'object',
        required: ['id', 'tiltak', 'status', 'statusDato', 'historikk'],
        additionalProperties: false,
        properties: {
          id: text,
          tiltak: text,
          satsingsomrade: text,
          satsingsomradeDokument: text,
          ansvar: text,
          frist: { type: 'string', pattern: '^\\d{4}(-\\d{2}-\\d{2}|-[TK]\\d)?$' },
          fristSlutt: isoDate,
          kostnad: { type: 'number' },
          finansiering: text,
          status: {
            ...actionStatus,
            description: 'Gjeldande status: siste statusoppdatering, elles statusen i dokumentet.',
          },
          statusDato: isoDate,
          statusIDokumentet: actionStatus,
          merknad: text,
          historikk: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['dato', 'status', 'kilde'],
              additionalProperties: false,
              properties: {
                dato: isoDate,
                status: actionStatus,
                merknad: text,
                kilde: { enum: ['dokument', 'statusoppdatering'] },
              },
            },
          },
        },
      },
    },
  };
}
