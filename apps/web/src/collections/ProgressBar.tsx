import './collections.css';

/**
 * A labelled bar of how much is done, with the same words shown beside it
 * and read out as its value ("3/5 solved · 1/2 questions done").
 */
export function ProgressBar(props: { readonly label: string; readonly done: number; readonly total: number; readonly text: string }) {
  const percent = () => (props.total > 0 ? Math.round((100 * Math.min(props.done, props.total)) / props.total) : 0);
  return (
    <div class="progress-line">
      <div
        class="progress-bar"
        role="progressbar"
        aria-label={props.label}
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.done}
        aria-valuetext={props.text}
      >
        <div class="progress-bar-fill" style={{ width: `${percent()}%` }} />
      </div>
      <span class="progress-text" aria-hidden="true">
        {props.text}
      </span>
    </div>
  );
}
