import random


# Definition for singly-linked list (provided by the judge).
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        # Quicksort on the list itself: a random pivot value and a three-way
        # partition into fresh lists; returns the sorted list's head and tail.
        def quick_sort(head, length):
            if head is None or head.next is None:
                return head, head
            pivot_node = head
            for _ in range(random.randrange(length)):
                pivot_node = pivot_node.next
            pivot = pivot_node.val
            less, equal, greater = ListNode(), ListNode(), ListNode()
            less_tail, equal_tail, greater_tail = less, equal, greater
            less_count = greater_count = 0
            node = head
            while node:
                following, node.next = node.next, None
                if node.val < pivot:
                    less_tail.next = less_tail = node
                    less_count += 1
                elif node.val > pivot:
                    greater_tail.next = greater_tail = node
                    greater_count += 1
                else:
                    equal_tail.next = equal_tail = node
                node = following
            # The equal part holds the pivot, so both calls get strictly shorter lists.
            less_head, less_last = quick_sort(less.next, less_count)
            greater_head, greater_last = quick_sort(greater.next, greater_count)
            equal_tail.next = greater_head
            if less_last is not None:
                less_last.next = equal.next
            return less_head or equal.next, greater_last or equal_tail

        length = 0
        node = head
        while node:
            length += 1
            node = node.next
        return quick_sort(head, length)[0]
