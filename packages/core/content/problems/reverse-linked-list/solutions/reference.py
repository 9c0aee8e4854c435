# Definition for singly-linked list (provided by the judge).
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Iterative: turn each link around while walking the list once.
        prev = None
        cur = head
        while cur:
            # The right-hand side is evaluated first, so the old cur.next is saved.
            cur.next, prev, cur = prev, cur, cur.next
        return prev
