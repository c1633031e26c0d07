// Language preferences: profile languages, Duolingo scores and the interface language.

import type { ViewProps } from '../app/viewProps';
import { CategorySummary } from '../ui/CategorySummary';
import { DataTable } from '../ui/DataTable';

/** `en_US` → "American English (en_US)"; the code alone where the name is not known. */
function localeName(code: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code.replace(/_/g, '-'));
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function LanguageView({ scan, analysis }: ViewProps) {
  const category = analysis.categories.find((c) => c.id === 'language');
  const { profileLanguages, interfaceLocales, duolingo } = scan.insights.languages;
  return (
    <div className="language">
      {category && <CategorySummary category={category} region={analysis.policy.region} />}
      <section aria-labelledby="profile-languages">
        <h2 id="profile-languages">Languages on your profile</h2>
        {profileLanguages.length === 0 ? (
          <p className="empty">None listed.</p>
        ) : (
          <DataTable
            caption="Languages on your profile"
            captionHidden
            testId="profile-languages-table"
            rows={profileLanguages}
            rowKey={(l, i) => `${l.name}-${i}`}
            columns={[
              { header: 'Language', cell: (l) => l.name, rowHeader: true },
              { header: 'Proficiency', cell: (l) => l.proficiency || '—' },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="interface-language">
        <h2 id="interface-language">Language of your LinkedIn interface</h2>
        {interfaceLocales.length === 0 ? (
          <p className="empty">Not in your export.</p>
        ) : (
          <ul className="plain-list" data-testid="interface-locales">
            {interfaceLocales.map((locale) => (
              <li key={locale}>{localeName(locale)}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="duolingo">
        <h2 id="duolingo">Duolingo scores</h2>
        {duolingo.length === 0 ? (
          <p className="empty">None in your export.</p>
        ) : (
          <DataTable
            caption="Duolingo scores"
            captionHidden
            rows={duolingo}
            rowKey={(d, i) => `${d.language}-${i}`}
            columns={[
              { header: 'Language', cell: (d) => d.language, rowHeader: true },
              { header: 'Score', cell: (d) => d.score, numeric: true },
              { header: 'Level', cell: (d) => d.level },
            ]}
          />
        )}
      </section>
    </div>
  );
}
