class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Correct recursion, one frame per node: past about 1000 nodes it exceeds
        # Python's default recursion limit and raises RecursionError.
        if head is None or head.next is None:
            return head
        new_head = self.reverseList(head.next)
        head.next.next = head
        head.next = None
        return new_head
