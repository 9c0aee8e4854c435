/**
 * Iterative pointer reversal: O(n) time, O(1) extra space.
 */
function reverseList(head: ListNode | null): ListNode | null {
  let prev: ListNode | null = null;
  let cur = head;
  while (cur !== null) {
    const next: ListNode | null = cur.next; // save the rest before overwriting the link
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  return prev;
}
