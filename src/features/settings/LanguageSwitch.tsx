// English / 中文, always one tap away (also on the sign-in screen).
import { updateSettings, useSettings } from '../../app/settings.ts';
import { languages, type Lang } from '../../messages/i18n.ts';

export function LanguageSwitch() {
  const { lang } = useSettings();
  return (
    <div className="row" role="group" aria-label="Language / 语言">
      {(Object.keys(languages) as Lang[]).map((l) => (
        <button
          key={l}
          className={`btn${l === lang ? ' primary' : ''}`}
          aria-pressed={l === lang}
          data-lang={l}
          onClick={() => updateSettings({ lang: l })}
        >
          {languages[l]}
        </button>
      ))}
    </div>
  );
}
