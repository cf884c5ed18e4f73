import { useId, type ReactNode } from 'react';
import { Definition } from './Definition.js';

/** A titled section; a chart's definition opens from the button beside its title. */
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
        <div className="panel-title">
          <h2 id={id}>{props.title}</h2>
          {props.definition && <Definition term={props.title} text={props.definition} />}
        </div>
        {props.actions}
      </header>
      {props.children}
    </section>
  );
}
