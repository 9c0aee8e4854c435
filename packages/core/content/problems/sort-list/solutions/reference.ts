function sortList(head: ListNode | null): ListNode | null {
  /** Quicksort on a null-terminated list of `length` nodes; returns the sorted list's head and tail. */
  const quickSort = (head: ListNode | null, length: number): [ListNode | null, ListNode | null] => {
    if (head === null || head.next === null) return [head, head];

    // A random pivot value: walk a random number of steps from the head.
    let pivotNode: ListNode = head;
    for (let steps = Math.floor(Math.random() * length); steps > 0; steps--) pivotNode = pivotNode.next as ListNode;
    const pivot = pivotNode.val;

    // Three-way partition into fresh lists. Every node is cut loose first, so no
    // sub-list stays attached to the rest of the input.
    const less = new ListNode(0);
    const equal = new ListNode(0);
    const greater = new ListNode(0);
    let lessTail = less;
    let equalTail = equal;
    let greaterTail = greater;
    let lessCount = 0;
    let greaterCount = 0;
    let p: ListNode | null = head;
    while (p !== null) {
      const next: ListNode | null = p.next;
      p.next = null;
      if (p.val < pivot) {
        lessTail.next = p;
        lessTail = p;
        lessCount++;
      } else if (p.val > pivot) {
        greaterTail.next = p;
        greaterTail = p;
        greaterCount++;
      } else {
        equalTail.next = p;
        equalTail = p;
      }
      p = next;
    }

    // The equal part holds at least the pivot, so both recursive calls get strictly shorter lists.
    const [lessHead, lessLast] = quickSort(less.next, lessCount);
    const [greaterHead, greaterLast] = quickSort(greater.next, greaterCount);
    equalTail.next = greaterHead;
    if (lessLast !== null) lessLast.next = equal.next;
    return [lessHead ?? equal.next, greaterLast ?? equalTail];
  };

  let length = 0;
  for (let p = head; p !== null; p = p.next) length++;
  return quickSort(head, length)[0];
}
