import type { Catalogue, UserWriteupInput } from '@mianjing/core';

export interface ReferenceIssue {
  /** Where, as a path into the write-up: `rounds.2.items.0.id`. */
  readonly path: string;
  readonly message: string;
}

/**
 * What of a user's write-up the schema cannot check alone: that the
 * companies given by id are in `companies.yaml` and that catalogue items
 * point at a problem or question of that kind. Empty when all is well.
 */
export function checkWriteupReferences(writeup: UserWriteupInput, catalogue: Catalogue): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const company = (ref: unknown, path: string) => {
    if (typeof ref === 'string' && !catalogue.company(ref))
      issues.push({ path, message: `no company has the id ${ref}; give it as { name }` });
  };
  writeup.applications.forEach((application, a) => company(application.company, `applications.${a}.company`));
  writeup.rounds.forEach((round, r) => {
    company(round.company, `rounds.${r}.company`);
    round.items.forEach((item, i) => {
      const path = `rounds.${r}.items.${i}.id`;
      if (item.type === 'problem' && !catalogue.problem(item.id)) issues.push({ path, message: `no problem has the id ${item.id}` });
      if (item.type === 'numeric' || item.type === 'concept') {
        const question = catalogue.question(item.id);
        if (!question) issues.push({ path, message: `no question has the id ${item.id}` });
        else if (question.kind !== item.type) issues.push({ path, message: `${item.id} is a ${question.kind} question, not ${item.type}` });
      }
    });
  });
  return issues;
}
