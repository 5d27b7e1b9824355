/**
 * The open-data form of a document: every field of the content model under
 * its Norwegian (ASCII) name, added to W's manifest row through
 * `MANIFEST_FIELDS`. dokument.schema.json describes exactly this shape.
 */
import { DEFAULT_ACTION_STATUS } from '../core/action-status.ts';
import type { PlanDocument } from '../model/types.ts';
import { attachmentUrl } from '../core/urls.ts';
import { actionKey } from '../status/current.ts';
import type { ActionState } from '../status/types.ts';

/** Drops undefined values so the JSON has no `null`s for absent optional fields. */
function compact<T extends Record<string, unknown>>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** `høringssvar` under open-data names: `{type: 'epost', epost}` or `{type: 'skjema', url}`. */
function responseField(doc: PlanDocument): Record<string, string> | undefined {
  const r = doc.consultationResponse;
  if (!r) return undefined;
  return r.kind === 'email' ? { type: 'epost', epost: r.address } : { type: 'skjema', url: r.url };
}

/**
 * The content-model fields of one document (the base row's id, tittel, type,
 * målform, status, dato, kommune and url come from W's `manifestRow`).
 * Tiltak carry their current status after status updates and its history.
 */
export function documentFields(
  doc: PlanDocument,
  states: ReadonlyMap<string, ActionState>,
): Record<string, unknown> {
  return compact({
    undertittel: doc.subtitle,
    horingsfrist: doc.consultationDeadline,
    horingssvar: responseField(doc),
    periode: doc.period ? { fra: doc.period.from, til: doc.period.to } : undefined,
    arkivsak: doc.caseNumber,
    arkivkode: doc.archiveCode,
    saksbehandler: doc.caseOfficer,
    ansvarlig: doc.responsible,
    sammendrag: doc.summary,
    emneord: doc.keywords,
    vedlegg: doc.attachments.map((a) => ({
      tittel: a.title,
      url: attachmentUrl(doc, a),
      filtype: a.ext,
      bytes: a.bytes,
    })),
    relatert: doc.related,
    erstatter: doc.replaces,
    erstattesAv: doc.replacedBy,
    strategi: doc.strategy,
    behandling: doc.route.map((r) =>
      compact({ utvalg: r.body, motedato: r.meetingDate, saksnr: r.caseNumber }),
    ),
    innstilling: doc.recommendation
      ? compact({ fra: doc.recommendation.from, punkt: doc.recommendation.points })
      : undefined,
    vedtak: doc.decisions.map((d) =>
      compact({ organ: d.organ, dato: d.date, saksnr: d.caseNumber, punkt: d.points }),
    ),
    satsingsomrade: doc.focusAreas.map((a) =>
      compact({
        id: a.id,
        tittel: a.title,
        prioritet: a.priority,
        mal: a.goals,
        seksjon: a.sectionTitle,
        anker: a.sectionAnchor,
      }),
    ),
    handlingsplan: doc.actionPlan.map((item) => {
      const state = states.get(actionKey(doc.id, item.id));
      return compact({
        id: item.id,
        tiltak: item.action,
        satsingsomrade: item.focusArea,
        satsingsomradeDokument: item.focusAreaDoc,
        ansvar: item.responsible,
        frist: item.deadline?.text,
        fristSlutt: item.deadline?.endDate,
        kostnad: item.cost,
        finansiering: item.funding,
        status: state?.status ?? item.status ?? DEFAULT_ACTION_STATUS,
        statusDato: state?.since ?? doc.date,
        statusIDokumentet: item.status,
        merknad: item.remark,
        historikk: (state?.history ?? []).map((e) =>
          compact({
            dato: e.date,
            status: e.status,
            merknad: e.remark,
            kilde: e.source === 'document' ? 'dokument' : 'statusoppdatering',
          }),
        ),
      });
    }),
  });
}
