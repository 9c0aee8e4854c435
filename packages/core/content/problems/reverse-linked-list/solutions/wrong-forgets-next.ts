function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  let cur = head;
  while (cur !== null) {
    cur.next = prev; // overwrites the only link to the rest of the list...
    prev = cur;
    cur = cur.next; // ...so this follows the new link back to prev (null on the first step)
  }
  return prev;
}
