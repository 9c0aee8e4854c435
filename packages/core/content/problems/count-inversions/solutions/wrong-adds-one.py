class Solution:
    def reversePairs(self, record: List[int]) -> int:
        tmp = [0] * len(record)

        def sort(lo, hi):
            if lo >= hi:
                return 0
            mid = (lo + hi) // 2
            count = sort(lo, mid) + sort(mid + 1, hi)
            i, j, k = lo, mid + 1, lo
            while i <= mid and j <= hi:
                if record[i] <= record[j]:
                    tmp[k] = record[i]
                    i += 1
                else:
                    # Counts only the pair (i, j), not every element left in the left half.
                    count += 1
                    tmp[k] = record[j]
                    j += 1
                k += 1
            while i <= mid:
                tmp[k] = record[i]
                i += 1
                k += 1
            while j <= hi:
                tmp[k] = record[j]
                j += 1
                k += 1
            record[lo:hi + 1] = tmp[lo:hi + 1]
            return count

        return sort(0, len(record) - 1)
