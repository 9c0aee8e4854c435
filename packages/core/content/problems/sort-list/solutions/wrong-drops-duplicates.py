import random


class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        return self.quick_sort(head)[0]

    def quick_sort(self, head):
        if head is None or head.next is None:
            return head, head
        nodes = []
        node = head
        while node:
            nodes.append(node)
            node = node.next
        pivot = random.choice(nodes)
        less, greater = ListNode(), ListNode()
        less_tail, greater_tail = less, greater
        for node in nodes:
            node.next = None
            if node.val < pivot.val:
                less_tail.next = less_tail = node
            elif node.val > pivot.val:
                greater_tail.next = greater_tail = node
            # nodes equal to the pivot (other than the pivot itself) fall through and are lost
        less_head, less_last = self.quick_sort(less.next)
        greater_head, greater_last = self.quick_sort(greater.next)
        pivot.next = greater_head
        if less_last is not None:
            less_last.next = pivot
        return less_head or pivot, greater_last or pivot
