function sortList(head: ListNode | null): ListNode | null {
  return quickSort(head)[0];
}

// Always uses the head as the pivot: on sorted, reversed or constant input every
// partition peels off a single node, so the recursion is n deep and the work O(n^2).
function quickSort(head: ListNode | null): [ListNode | null, ListNode | null] {
  if (head === null || head.next === null) return [head, head];
  const pivot = head;
  const less = new ListNode(0);
  const rest = new ListNode(0);
  let lessTail = less;
  let restTail = rest;
  let p: ListNode | null = head.next;
  pivot.next = null;
  while (p !== null) {
    const next: ListNode | null = p.next;
    p.next = null;
    if (p.val < pivot.val) {
      lessTail.next = p;
      lessTail = p;
    } else {
      restTail.next = p;
      restTail = p;
    }
    p = next;
  }
  const [lessHead, lessLast] = quickSort(less.next);
  const [restHead, restLast] = quickSort(rest.next);
  pivot.next = restHead;
  if (lessLast !== null) lessLast.next = pivot;
  return [lessHead ?? pivot, restLast ?? pivot];
}
