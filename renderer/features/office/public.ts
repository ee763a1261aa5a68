// The office feature as other features may use it; anything else in this folder is its own.
export { EMPTY_OFFICE, OfficeFields } from './OfficeFields';
export { OFFICE_ROW_ID, readOffice, saveOffice } from './officeStore';
