/**
 * Recursive reversal: reverse everything after the head, then hang the head
 * behind its old successor (now the tail of the reversed rest). O(n) time,
 * O(n) stack — 5000 frames are well within V8's stack.
 * @param {ListNode | null} head
 * @return {ListNode | null}
 */
var reverseList = function (head) {
  if (head === null || head.next === null) return head;
  const newHead = reverseList(head.next);
  head.next.next = head;
  head.next = null; // the old head is the new tail
  return newHead;
};
