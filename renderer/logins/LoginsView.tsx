// Login activity: logins per week or month, a weekday-by-hour heatmap in a time zone the member
// picks (the computer's by default), devices and IP addresses counted. The addresses themselves
// are personal: listed only on request.

import { useId, useMemo, useState } from 'react';
import type { ViewProps } from '../app/viewProps';
import { CountBarChart } from '../../charts/CountBarChart';
import { WEEKDAYS, WeekdayHourHeatmap } from '../../charts/WeekdayHourHeatmap';
import { CategorySummary } from '../ui/CategorySummary';
import { Cited } from '../ui/Citation';
import { STATEMENTS } from '../../shared/policy/policyModel';
import { ChartFigure } from '../ui/ChartFigure';
import { DataTable } from '../ui/DataTable';
import { formatCount, plural } from '../../shared/text/format';
import { loginsPerPeriod, type LoginPeriod } from './loginSeries';
import { dateStyleOf } from '../../shared/report/wording';
import { knownTimeZones, systemTimeZone, weekdayHourIn } from './loginZones';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function LoginsView({ scan, analysis, palette, animate }: ViewProps) {
  const [period, setPeriod] = useState<LoginPeriod>('month');
  const [showIps, setShowIps] = useState(false);
  const [showDevices, setShowDevices] = useState(false);
  const zoneId = useId();
  const [timeZone, setTimeZone] = useState(systemTimeZone);
  const zones = useMemo(knownTimeZones, []);
  const logins = scan.insights.logins;
  const weekdayHour = useMemo(() => weekdayHourIn(logins.hourly, timeZone), [logins.hourly, timeZone]);
  const series = loginsPerPeriod(scan, period, dateStyleOf(analysis.policy.region));
  const busiest = series.reduce<(typeof series)[number] | null>((best, p) => (best === null || p.count > best.count ? p : best), null);
  const cells = weekdayHour.flatMap((hours, weekday) => hours.map((count, hour) => ({ weekday, hour, count })));
  const peak = cells.reduce((best, c) => (c.count > best.count ? c : best), { weekday: 0, hour: 0, count: 0 });
  const category = analysis.categories.find((c) => c.id === 'logins');
  return (
    <div className="logins">
      {category && <CategorySummary category={category} region={analysis.policy.region} />}
      <dl className="stat-row">
        <div>
          <dt>Logins</dt>
          <dd data-testid="login-total">{formatCount(logins.total)}</dd>
        </div>
        <div>
          <dt>Device types</dt>
          <dd data-testid="device-count">{formatCount(logins.distinctDevices)}</dd>
        </div>
        <div>
          <dt>Distinct IP addresses</dt>
          <dd data-testid="ip-count">{formatCount(logins.distinctIps)}</dd>
        </div>
        <div>
          <dt>Of which IPv6</dt>
          <dd>{formatCount(logins.ipv6)}</dd>
        </div>
      </dl>

      {logins.total === 0 && series.length === 0 ? (
        <p className="empty">Your export holds no login history (it is in the Complete archive only).</p>
      ) : (
        <>
          <ChartFigure
            title={`Logins per ${period}`}
            summary={
              series.length === 0
                ? 'No dated logins.'
                : `${formatCount(series.reduce((a, p) => a + p.count, 0))} logins from ${series[0]!.label} to ${series[series.length - 1]!.label}; the busiest ${period} was ${busiest!.label} with ${formatCount(busiest!.count)}.`
            }
            testId="logins-chart"
            controls={
              <fieldset className="segmented">
                <legend className="visually-hidden">Group logins by</legend>
                {(['week', 'month'] as const).map((p) => (
                  <label key={p} className={period === p ? 'is-checked' : undefined}>
                    <input type="radio" name="login-period" value={p} checked={period === p} onChange={() => setPeriod(p)} />
                    Per {p}
                  </label>
                ))}
              </fieldset>
            }
            chart={(width) => <CountBarChart data={series} width={width} height={260} palette={palette} animate={animate} />}
            table={
              <DataTable
                caption={`Logins per ${period}`}
                captionHidden
                rows={series.filter((p) => p.count > 0)}
                rowKey={(p) => p.period}
                columns={[
                  { header: period === 'week' ? 'Week of' : 'Month', cell: (p) => p.label, rowHeader: true },
                  { header: 'Logins', cell: (p) => formatCount(p.count), numeric: true },
                ]}
              />
            }
          />
          <ChartFigure
            title={`Logins by weekday and hour (${timeZone})`}
            summary={
              peak.count === 0
                ? 'No login times.'
                : `Most logins fall on ${WEEKDAYS[peak.weekday]} at ${String(peak.hour).padStart(2, '0')}:00 in ${timeZone} (${plural(peak.count, 'login')}). Darker cells mean more logins; the scale under the grid gives the counts.`
            }
            testId="heatmap"
            controls={
              <div className="control zone-control">
                <label htmlFor={zoneId} className="control-label">
                  Time zone
                </label>
                <select id={zoneId} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} data-testid="heatmap-zone-select">
                  {zones.map((zone) => (
                    <option key={zone} value={zone}>
                      {zone}
                    </option>
                  ))}
                </select>
              </div>
            }
            chart={(width) => <WeekdayHourHeatmap counts={weekdayHour} width={Math.min(width, 760)} palette={palette} timeZone={timeZone} />}
            table={
              <DataTable
                caption={`Logins by weekday (rows) and hour of day in ${timeZone} (columns)`}
                captionHidden
                testId="heatmap-table"
                rows={WEEKDAYS.map((day, weekday) => ({ day, hours: weekdayHour[weekday] ?? [] }))}
                rowKey={(r) => r.day}
                columns={[
                  { header: 'Weekday', cell: (r) => r.day, rowHeader: true },
                  ...HOURS.map((h) => ({ header: String(h).padStart(2, '0'), cell: (r: { hours: readonly number[] }) => formatCount(r.hours[h] ?? 0), numeric: true })),
                ]}
              />
            }
          />
        </>
      )}

      <section className="personal" aria-labelledby="devices-heading">
        <h2 id="devices-heading">Devices and addresses</h2>
        <p>
          Your export lists the device and IP address of each login. They are personal, so they are counted here and listed only when you ask.{' '}
          <Cited statement={STATEMENTS['not-in-training-list']} />
        </p>
        <div className="button-row">
          <button type="button" className="button" aria-expanded={showDevices} aria-controls="device-list" onClick={() => setShowDevices(!showDevices)}>
            {showDevices ? 'Hide device types' : 'Show device types'}
          </button>
          <button type="button" className="button" aria-expanded={showIps} aria-controls="ip-list" onClick={() => setShowIps(!showIps)} data-testid="toggle-ips">
            {showIps ? 'Hide IP addresses' : 'Show IP addresses'}
          </button>
        </div>
        <div id="device-list">
          {showDevices && (
            <DataTable
              caption="Logins by device type"
              rows={logins.devices}
              rowKey={(d) => d.label}
              columns={[
                { header: 'Device type', cell: (d) => d.label, rowHeader: true },
                { header: 'Logins', cell: (d) => formatCount(d.count), numeric: true },
              ]}
            />
          )}
        </div>
        <div id="ip-list">
          {showIps && (
            <DataTable
              caption={`Most frequent IP addresses (${formatCount(logins.topIps.length)} of ${formatCount(logins.distinctIps)})`}
              testId="ip-table"
              rows={logins.topIps}
              rowKey={(ip) => ip.ip}
              columns={[
                { header: 'IP address', cell: (ip) => <code>{ip.ip}</code>, rowHeader: true },
                { header: 'Logins', cell: (ip) => formatCount(ip.count), numeric: true },
              ]}
            />
          )}
        </div>
      </section>
    </div>
  );
}
