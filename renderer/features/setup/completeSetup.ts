import type { Office } from '../../../shared/office/office';
import type { PersonInput } from '../../../shared/office/person';
import type { AppServices } from '../../kit/services';
import { clearDraft } from '../../kit/drafts';
import { saveOffice } from '../office/public';
import { setPin, writeCurrentUser, savePerson } from '../people/public';
import { listUnits, seedDefaultUnits } from '../units/public';
import { randomBytes, webCryptoDerive } from '../../kit/webCrypto';
import { SESSION_KEY, storeRecoveryCode } from '../signin/public';

export const WIZARD_DRAFT_KEY = 'setup-wizard';

/**
 * Ends the first-run wizard: the default units, the first staff member (who becomes this
 * PC's user) and, last, the office identity, whose presence marks setup as done.
 */
export async function completeSetup(
  services: AppServices,
  office: Office,
  person: Omit<PersonInput, 'unitId'> & { unitName: string | null },
  secrets: { pin: string; recoveryCode: string },
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
  await saveOffice(write, office);
  await clearDraft(db, WIZARD_DRAFT_KEY);
}
