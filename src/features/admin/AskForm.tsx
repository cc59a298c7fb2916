// One question asked inline before a change (a reason, a new password): a labelled field and a
// confirm button, so a change is never one stray click and keyboards and screen readers can do it.
import { useState, type SyntheticEvent } from 'react';
import { useT } from '../../app/use-t.ts';

export function AskForm(props: {
  id: string;
  label: string;
  hint?: string;
  submit: string;
  secret?: boolean;
  danger?: boolean;
  onSubmit: (value: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const t = useT();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(await props.onSubmit(value));
    setBusy(false);
  };
  return (
    <form
      className="card admin-form"
      data-testid={`ask-${props.id}`}
      onSubmit={(e) => void submit(e)}
    >
      <label className="field">
        {props.label}
        <input
          name={props.id}
          type={props.secret ? 'password' : 'text'}
          autoComplete={props.secret ? 'new-password' : 'off'}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          autoFocus
          required
        />
        {props.hint && <span className="muted small">{props.hint}</span>}
      </label>
      {error && (
        <p className="err-box" role="alert">
          {error}
        </p>
      )}
      <div className="row wrap">
        <button
          className={`btn ${props.danger ? 'danger' : 'primary'}`}
          type="submit"
          disabled={busy}
          data-testid={`ask-${props.id}-submit`}
        >
          {props.submit}
        </button>
        <button className="btn" type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
