// The sign-in feature as other features may use it; anything else in this folder is its own.
export { NewPinFields, newPinProblem, type NewPin } from './NewPinFields';
export { RecoveryCodeNotice } from './RecoveryCodeNotice';
export { newRecoveryCode, storeRecoveryCode } from './recoveryCode';
export { SESSION_KEY } from './signinStore';
