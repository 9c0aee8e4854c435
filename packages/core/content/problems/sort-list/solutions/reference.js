/**
 * Bottom-up merge sort: merge runs of 1, 2, 4, ... nodes in place. O(n log n) time, O(1) extra space.
 * @param {ListNode | null} head
 * @return {ListNode | null}
 */
var sortList = function (head) {
  let length = 0;
  for (let p = head; p; p = p.next) length++;
  const dummy = new ListNode(0, head);
  for (let size = 1; size < length; size *= 2) {
    let tail = dummy;
    let cur = dummy.next;
    while (cur) {
      const left = cur;
      const right = cutAfter(left, size);
      cur = cutAfter(right, size);
      tail = mergeInto(tail, left, right);
    }
  }
  return dummy.next;
};

/** Cuts the list after `count` nodes and returns what followed (or null). */
function cutAfter(head, count) {
  for (let i = 1; head && i < count; i++) head = head.next;
  if (!head) return null;
  const rest = head.next;
  head.next = null;
  return rest;
}

/** Appends the merge of sorted lists a and b after `tail`; returns the new tail. */
function mergeInto(tail, a, b) {
  while (a && b) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a || b;
  while (tail.next) tail = tail.next;
  return tail;
}
