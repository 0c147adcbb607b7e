/**
 * Labelled fields for the editor. A field shows what the draft holds; what the user types
 * is checked against the schema (`validate` returns an error code) and reaches the draft
 * only when valid. An invalid value stays in the field with its message beside it, in the
 * active language, and the story keeps its last valid value.
 */
import { useId, useState, type ReactNode } from 'react';
import type { FieldErrorCode } from '../domain/editing/validate';
import { useStudioT, type StudioMessageKey } from './useStudioT';

export function errorKey(code: FieldErrorCode): StudioMessageKey {
  return `error_${code}` as StudioMessageKey;
}

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  validate?: (value: string) => FieldErrorCode | null;
  multiline?: boolean;
  inputMode?: 'decimal' | 'text' | 'numeric' | 'url';
  lang?: string;
  placeholder?: string;
  className?: string;
  /** An error from the record as a whole (e.g. the end date before the start). */
  externalError?: FieldErrorCode | null;
}

export function TextField({
  label,
  value,
  onCommit,
  validate,
  multiline,
  inputMode,
  lang,
  placeholder,
  className,
  externalError,
}: TextFieldProps) {
  const t = useStudioT();
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<FieldErrorCode | null>(null);
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    // Undo, redo or another field changed the value: show it (state adjusted while rendering).
    setShownValue(value);
    setText(value);
    setError(null);
  }
  const change = (next: string) => {
    setText(next);
    const code = validate ? validate(next) : null;
    setError(code);
    if (code === null && next !== value) onCommit(next);
  };
  const shown = error ?? externalError ?? null;
  const common = {
    id,
    value: text,
    lang,
    placeholder,
    'aria-invalid': shown ? true : undefined,
    'aria-describedby': shown ? `${id}-error` : undefined,
  } as const;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={inputMode}
          onChange={(e) => change(e.target.value)}
        />
      )}
      {shown && (
        <p className="field-error" id={`${id}-error`}>
          {t(errorKey(shown))}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
