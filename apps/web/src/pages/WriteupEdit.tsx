import type { UserWriteupInput } from '@mianjing/core';
import { useNavigate, useParams } from '@solidjs/router';
import { createResource } from 'solid-js';
import { Async } from '../components/Async.js';
import { fetchWriteup, updateWriteup } from '../writeups/api.js';
import { WriteupEditor } from '../writeups/editor/WriteupEditor.js';
import { tw } from '../writeups/messages.js';

/** /writeups/:id/edit — the owner's editor on a saved write-up. */
export default function WriteupEdit() {
  const params = useParams<{ id: string }>();
  const navigate = useNavigate();
  const [view, { refetch }] = createResource(() => params.id, fetchWriteup);
  const save = async (writeup: UserWriteupInput) => {
    await updateWriteup(params.id, writeup);
    navigate(`/writeups/${params.id}`);
  };
  return (
    <section class="page wide">
      <h1>{tw().editTitle}</h1>
      <Async resource={view} retry={() => void refetch()}>
        {(current) => {
          const { id: _id, ...input } = current().writeup;
          return <WriteupEditor initial={input as UserWriteupInput} save={save} onCancel={() => navigate(`/writeups/${params.id}`)} />;
        }}
      </Async>
    </section>
  );
}
