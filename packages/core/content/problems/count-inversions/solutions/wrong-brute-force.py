class Solution:
    def reversePairs(self, record: List[int]) -> int:
        # Checks every pair: n(n-1)/2 ≈ 1.25·10^9 comparisons at n = 5·10^4.
        count = 0
        n = len(record)
        for i in range(n):
            for j in range(i + 1, n):
                if record[i] > record[j]:
                    count += 1
        return count
