export { ErrorSummary, type SummaryItem } from './ErrorSummary';
export { Button, Checkbox, RadioGroup, Select, TextArea, TextField, type Option } from './fields';
export { useFieldErrors } from './useFieldErrors';
