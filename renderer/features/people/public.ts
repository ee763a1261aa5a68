// The people feature as other features may use it; anything else in this folder is its own.
export { EMPTY_PERSON, PersonFields, type PersonFormValues } from './PersonFields';
export { readCurrentUser, writeCurrentUser } from './currentUser';
export { mergeDuplicateNips, mergePerson } from './mergePeople';
export { findNipHolder, listPeople, savePerson } from './peopleStore';
export { pinFailuresKey, setPin, type SigninResult } from './personPin';
export { isActiveAdministrator, lastAdministratorProblem } from './administrators';
export { ADMIN_ONLY, readIdleMinutes, saveIdleMinutes } from './idleSettings';
export { useIsAdministrator } from './useIsAdministrator';
