/**
 * Incident <-> stored record. The body holds everything; the summary is a small second
 * ciphertext so listing decrypts a few hundred bytes per record instead of whole histories.
 * Both are checked by zod after decryption; anything that fails is reported as corrupted.
 */
import { openJson, sealJson, type Envelope, type EnvelopePurpose } from './crypto';
import { SCHEMA_VERSION, type StoredIncident } from './db';
import { CorruptedRecordError } from './errors';
import type { SessionKeys } from './keys';
import { checkIncident, checkSummary, notesSchema, summarise, type Incident, type IncidentSummary } from './types';

export interface RecordCodec {
  decode(keys: SessionKeys, record: StoredIncident): Promise<Incident>;
  summaryOf(keys: SessionKeys, record: StoredIncident): Promise<IncidentSummary>;
  encode(keys: SessionKeys, incident: Incident, key: string): Promise<StoredIncident>;
}

export function createRecordCodec(crypto: Crypto): RecordCodec {
  const open = (keys: SessionKeys, envelope: Envelope, key: string, purpose: EnvelopePurpose) =>
    openJson(crypto, keys.dataKey, envelope, { recordKey: key, purpose });

  const decode = async (keys: SessionKeys, record: StoredIncident): Promise<Incident> => {
    try {
      const incident = checkIncident(await open(keys, record.body, record.key, 'body'));
      if (record.legacyNotes) {
        const legacy = notesSchema.parse(await open(keys, record.legacyNotes, record.key, 'notes'));
        incident.notes = [...legacy, ...incident.notes].sort((a, b) => a.at - b.at);
      }
      return incident;
    } catch (error) {
      throw new CorruptedRecordError(record.key, error);
    }
  };

  return {
    decode,

    async summaryOf(keys, record) {
      // Records migrated from v1 have no summary until their next write.
      if (!record.summary) return summarise(await decode(keys, record), record.key);
      try {
        return checkSummary(await open(keys, record.summary, record.key, 'summary'));
      } catch (error) {
        throw new CorruptedRecordError(record.key, error);
      }
    },

    async encode(keys, incident, key) {
      const context = { recordKey: key, schemaVersion: SCHEMA_VERSION };
      const [summary, body] = await Promise.all([
        sealJson(crypto, keys.dataKey, summarise(incident, key), { ...context, purpose: 'summary' }),
        sealJson(crypto, keys.dataKey, incident, { ...context, purpose: 'body' }),
      ]);
      // legacyNotes is deliberately not carried over: decode() already folded them into the body.
      return { key, updatedAt: incident.updatedAt, schemaVersion: SCHEMA_VERSION, summary, body };
    },
  };
}
