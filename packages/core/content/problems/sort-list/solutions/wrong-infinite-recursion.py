class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Two-way partition around the head's value, with the pivot node left in
        # the ">=" part. When the head is the smallest value, that part is the
        # whole list again: the recursion never shrinks (RecursionError).
        if not head or not head.next:
            return head
        pivot = head.val
        small, large = ListNode(), ListNode()
        s, l = small, large
        node = head
        while node:
            if node.val < pivot:
                s.next = s = node
            else:
                l.next = l = node
            node = node.next
        s.next = l.next = None
        left, right = self.sortList(small.next), self.sortList(large.next)
        if not left:
            return right
        tail = left
        while tail.next:
            tail = tail.next
        tail.next = right
        return left
