export * from './schema';
export {
  DEFAULT_NUMBER_FORMAT,
  NUMBER_FORMAT_MAX_LENGTH,
  NUMBER_PAD_MAX,
  NumberFormatError,
  formatRegisterNumber,
  nextRunningNumber,
  numberFormatSchema,
  parseNumberFormat,
  validateNumberFormat,
  type NumberFormatParse,
  type NumberFormatPart,
} from './numbering';
export {
  DEFAULT_OFFICE_HOURS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  addWorkingMinutes,
  clockMinutes,
  dailyWorkingMinutes,
  endOfWorkingDay,
  isWorkingDay,
  officeHoursSchema,
  workingMinutesBetween,
  type DayHours,
  type OfficeHours,
  type Weekday,
} from './workingTime';
export {
  DEFAULT_PRIORITY_MATRIX,
  LEVEL_RANK,
  compareLevels,
  priorityMatrixSchema,
  priorityOf,
  type PriorityMatrix,
} from './priority';
export {
  judgeOpenStep,
  judgeStep,
  stepStandardMinutes,
  type JudgeOpenStepInput,
  type JudgeStepInput,
  type StepJudgement,
} from './lateness';
