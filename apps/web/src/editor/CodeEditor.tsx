// The CodeMirror 6 editor. This module is only reached through a dynamic
// import (see problem/Workspace.tsx), so CodeMirror is its own chunk.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, type Extension, Prec, StateEffect, StateField } from '@codemirror/state';
import { oneDark } from '@codemirror/theme-one-dark';
import {
  Decoration,
  type DecorationSet,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { createEffect, on, onCleanup, onMount } from 'solid-js';

/** Highlighting for each judge language, each its own chunk; an unknown language is edited as plain text. */
const LANGUAGE_SUPPORT: Record<string, () => Promise<Extension>> = {
  typescript: () => import('@codemirror/lang-javascript').then((m) => m.javascript({ typescript: true })),
  javascript: () => import('@codemirror/lang-javascript').then((m) => m.javascript()),
  python: () => import('@codemirror/lang-python').then((m) => m.python()),
};

const setErrorLine = StateEffect.define<number | null>();
const errorLineDecoration = Decoration.line({ class: 'cm-error-line', attributes: { title: 'error' } });

/** The line the judge blamed (compile or runtime error), marked until the next result. */
const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      next =
        line !== null && line >= 1 && line <= transaction.state.doc.lines
          ? Decoration.set([errorLineDecoration.range(transaction.state.doc.line(line).from)])
          : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface CodeEditorProps {
  /** The text to show; replaces the document when `documentKey` changes. */
  readonly value: string;
  /** Identifies the document (problem and language): a new key loads `value` afresh. */
  readonly documentKey: string;
  readonly language: string;
  readonly dark: boolean;
  readonly label: string;
  readonly errorLine?: number | undefined;
  readonly onChange: (code: string) => void;
  readonly onRun: () => void;
  readonly onSubmit: () => void;
}

/** A CodeMirror editor with highlighting for the language, run/submit keys and the judge's error line. */
export default function CodeEditor(props: CodeEditorProps) {
  let host!: HTMLDivElement;
  let view: EditorView | undefined;
  const language = new Compartment();
  const theme = new Compartment();
  const label = new Compartment();

  const stateFor = (doc: string) =>
    EditorState.create({
      doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightActiveLine(),
        history(),
        indentOnInput(),
        indentUnit.of('  '),
        bracketMatching(),
        closeBrackets(),
        autocompletion(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        errorLineField,
        Prec.highest(
          keymap.of([
            { key: 'Mod-Enter', run: () => (props.onRun(), true) },
            { key: 'Shift-Mod-Enter', run: () => (props.onSubmit(), true) },
          ]),
        ),
        keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
        language.of([]),
        theme.of(props.dark ? oneDark : []),
        label.of(EditorView.contentAttributes.of({ 'aria-label': props.label })),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) props.onChange(update.state.doc.toString());
        }),
      ],
    });

  /** Loads the language's highlighting and puts it into the editor once it arrives. */
  const highlight = (name: string) => {
    void LANGUAGE_SUPPORT[name]?.().then((support) => {
      if (view && props.language === name) view.dispatch({ effects: language.reconfigure(support) });
    });
  };

  onMount(() => {
    view = new EditorView({ state: stateFor(props.value), parent: host });
    highlight(props.language);
  });
  onCleanup(() => view?.destroy());

  createEffect(
    on(
      () => props.documentKey,
      () => {
        view?.setState(stateFor(props.value));
        highlight(props.language);
      },
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.dark,
      (dark) => view?.dispatch({ effects: theme.reconfigure(dark ? oneDark : []) }),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => props.label,
      (text) => view?.dispatch({ effects: label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': text })) }),
      { defer: true },
    ),
  );
  createEffect(() => {
    const line = props.errorLine ?? null;
    if (!view) return;
    view.dispatch({ effects: setErrorLine.of(line) });
    if (line !== null && line >= 1 && line <= view.state.doc.lines) {
      view.dispatch({ effects: EditorView.scrollIntoView(view.state.doc.line(line).from, { y: 'center' }) });
    }
  });

  return <div class="code-editor" ref={host} data-language={props.language} />;
}
