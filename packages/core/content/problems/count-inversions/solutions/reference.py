class Solution:
    def reversePairs(self, record: List[int]) -> int:
        # Top-down merge sort on slices; the recursion is only log2(n) deep.
        def sort_count(a):
            if len(a) < 2:
                return a, 0
            mid = len(a) // 2
            left, x = sort_count(a[:mid])
            right, y = sort_count(a[mid:])
            merged = []
            count = x + y
            i = j = 0
            while i < len(left) and j < len(right):
                if left[i] <= right[j]:
                    merged.append(left[i])
                    i += 1
                else:
                    # right[j] is smaller than every element still in left.
                    count += len(left) - i
                    merged.append(right[j])
                    j += 1
            merged.extend(left[i:])
            merged.extend(right[j:])
            return merged, count

        return sort_count(record)[1]
