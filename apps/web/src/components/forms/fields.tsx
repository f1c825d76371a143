import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  type ButtonProps as AriaButtonProps,
  FieldError,
  Input,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
} from 'react-aria-components';

/**
 * Form fields in the GOV.UK pattern, on React Aria Components: a label, an optional hint, and the
 * error (from the api's extensions.fields, via describeError) beside the field. `id` is the input's
 * id, which the ErrorSummary links to. Validation is the server's: `error` set = invalid.
 */
export interface FieldBase {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** The label, hint and error every field shows, in the GOV.UK order. */
export function FieldParts({ label, hint, error }: Omit<FieldBase, 'id'>): ReactNode {
  return (
    <>
      <Label className="field__label">{label}</Label>
      {hint && (
        <Text slot="description" className="field__hint">
          {hint}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
    </>
  );
}

export interface TextFieldProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'search' | 'url';
  autoComplete?: string;
  isRequired?: boolean;
  dir?: 'ltr' | 'rtl' | 'auto';
}

export function TextField({ id, label, hint, error, dir, ...props }: TextFieldProps): ReactNode {
  return (
    <AriaTextField className="field" isInvalid={!!error} validationBehavior="aria" {...props}>
      <FieldParts label={label} hint={hint} error={error} />
      <Input id={id} className="field__input" dir={dir} />
    </AriaTextField>
  );
}

export interface TextAreaProps extends FieldBase {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  dir?: 'ltr' | 'rtl' | 'auto';
}

export function TextArea({ id, label, hint, error, rows = 6, dir, ...props }: TextAreaProps): ReactNode {
  return (
    <AriaTextField className="field" isInvalid={!!error} validationBehavior="aria" {...props}>
      <FieldParts label={label} hint={hint} error={error} />
      <AriaTextArea id={id} className="field__input field__input--area" rows={rows} dir={dir} />
    </AriaTextField>
  );
}

export interface ButtonProps extends AriaButtonProps {
  variant?: 'primary' | 'secondary' | 'link';
}

export function Button({ variant = 'primary', className, ...props }: ButtonProps): ReactNode {
  return (
    <AriaButton {...props} className={`button button--${variant} ${typeof className === 'string' ? className : ''}`} />
  );
}
