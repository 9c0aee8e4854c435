class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev, cur = None, head
        while cur:
            cur.next = prev  # overwrites the only link to the rest of the list...
            prev = cur
            cur = cur.next  # ...so this follows the new link back to prev
        return prev
