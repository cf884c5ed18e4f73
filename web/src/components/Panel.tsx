import { useId, type ReactNode } from 'react';

/** A titled section; charts carry their one-line definition under the title. */
export function Panel(props: {
  title: string;
  definition?: string;
  actions?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={props.wide ? 'panel panel-wide' : 'panel'} aria-labelledby={id}>
      <header className="panel-header">
        <div>
          <h2 id={id}>{props.title}</h2>
          {props.definition && <p className="definition">{props.definition}</p>}
        </div>
        {props.actions}
      </header>
      {props.children}
    </section>
  );
}
