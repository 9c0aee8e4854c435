class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        # Missing `head.next = None`: the old head (the new tail) still points at
        # its old successor, which now points back at it — a two-node cycle.
        return new_head
