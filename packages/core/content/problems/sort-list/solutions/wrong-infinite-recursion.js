/**
 * Two-way partition around the head's value, with the pivot node left inside the ">=" part.
 * Whenever the head is the smallest value, the ">=" part is the whole list again and the
 * recursion never shrinks: it runs until the call stack overflows.
 * @param {ListNode | null} head
 * @return {ListNode | null}
 */
var sortList = function (head) {
  if (!head || !head.next) return head;
  const pivot = head.val;
  const small = new ListNode(0);
  const large = new ListNode(0);
  let s = small;
  let l = large;
  for (let p = head; p; p = p.next) {
    if (p.val < pivot) s = s.next = p;
    else l = l.next = p;
  }
  s.next = null;
  l.next = null;
  const left = sortList(small.next);
  const right = sortList(large.next);
  if (!left) return right;
  let tail = left;
  while (tail.next) tail = tail.next;
  tail.next = right;
  return left;
};
