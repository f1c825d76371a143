export { ErrorSummary, type SummaryItem } from './ErrorSummary';
export { Button, TextArea, TextField } from './fields';
export { useFieldErrors } from './useFieldErrors';
