function reverseList(head: ListNode | null): ListNode | null {
  if (head === null || head.next === null) return head;
  const newHead = reverseList(head.next);
  head.next.next = head;
  // Missing `head.next = null`: the old head (the new tail) still points at its
  // old successor, which now points back at it — a two-node cycle at the end.
  return newHead;
}
