import type { Office } from '../../../shared/office/office';
import type { PersonInput } from '../../../shared/office/person';
import type { AppServices } from '../../kit/services';
import { clearDraft } from '../../kit/drafts';
import { saveOffice } from '../office/public';
import { setPin, writeCurrentUser, savePerson } from '../people/public';
import { listUnits, seedDefaultUnits } from '../units/public';
import { randomBytes, webCryptoDerive } from '../../kit/webCrypto';
import { SESSION_KEY, storeRecoveryCode } from '../signin/public';
import { readActiveProcedure, setActiveProcedure } from '../sop/public';
import type { SopChoice } from '../../../shared/sop/officeChoice';

export const WIZARD_DRAFT_KEY = 'setup-wizard';

/**
 * Ends the first-run wizard: the default units, the first staff member (who becomes this
 * PC's user), the SOP chosen per procedure and, last, the office identity, whose presence marks setup as done.
 */
export async function completeSetup(
  services: AppServices,
  office: Office,
  person: Omit<PersonInput, 'unitId'> & { unitName: string | null },
  secrets: { pin: string; recoveryCode: string },
  sopChoices: readonly SopChoice[] = [],
): Promise<void> {
  const { write, db } = services;
  await seedDefaultUnits(write);
  const unit = (await listUnits(db)).find((u) => u.nama === person.unitName);
  const { unitName: _unitName, ...fields } = person;
  const personId = await savePerson(write, null, { ...fields, unitId: unit?.id ?? null });
  const pinSet = await setPin(write, webCryptoDerive, randomBytes, personId, secrets.pin);
  if (!pinSet.ok) throw new Error(pinSet.error);
  await storeRecoveryCode(write, webCryptoDerive, randomBytes, secrets.recoveryCode);
  // The PIN was just given on this PC: the first administrator starts signed in.
  sessionStorage.setItem(SESSION_KEY, personId);
  await writeCurrentUser(db, personId);
  services.setActor(personId);
  // The SOP per procedure, where the office's choice differs from the built-in default.
  for (const c of sopChoices) {
    if ((await readActiveProcedure(db, c.key))?.entry.id !== c.sopId) {
      await setActiveProcedure(write, c.key, c.sopId);
    }
  }
  await saveOffice(write, office);
  await clearDraft(db, WIZARD_DRAFT_KEY);
}
