/** One key figure: its label and its value, units included. */
export interface Stat {
  label: string;
  value: string;
  /** Marks a figure that needs attention. */
  alert?: boolean;
}

/** Key figures as a description list of cards: <dt> label, <dd> value. */
export function StatCards({ stats }: { stats: readonly Stat[] }) {
  return (
    <dl className="stat-cards">
      {stats.map(({ label, value, alert = false }) => (
        <div className={alert ? 'stat-card stat-card-alert' : 'stat-card'} key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
