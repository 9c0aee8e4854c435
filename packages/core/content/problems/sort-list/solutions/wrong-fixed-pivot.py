class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        return self.quick_sort(head)[0]

    # Always pivots on the head: on sorted, reversed or constant input every
    # partition peels off one node, so the recursion is n deep and the work O(n^2).
    def quick_sort(self, head):
        if head is None or head.next is None:
            return head, head
        pivot = head
        less, rest = ListNode(), ListNode()
        less_tail, rest_tail = less, rest
        node = head.next
        pivot.next = None
        while node:
            following, node.next = node.next, None
            if node.val < pivot.val:
                less_tail.next = less_tail = node
            else:
                rest_tail.next = rest_tail = node
            node = following
        less_head, less_last = self.quick_sort(less.next)
        rest_head, rest_last = self.quick_sort(rest.next)
        pivot.next = rest_head
        if less_last is not None:
            less_last.next = pivot
        return less_head or pivot, rest_last or pivot
