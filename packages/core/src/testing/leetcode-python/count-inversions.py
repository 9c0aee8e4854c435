class Solution:
    def reversePairs(self, record: List[int]) -> int:
        # Fenwick tree over the ranks: scanning from the right, count how many
        # values already seen are strictly smaller than the current one.
        rank = {v: i + 1 for i, v in enumerate(sorted(set(record)))}
        n = len(rank)
        tree = [0] * (n + 1)
        res = 0
        for v in reversed(record):
            i = rank[v] - 1
            while i > 0:
                res += tree[i]
                i -= i & -i
            i = rank[v]
            while i <= n:
                tree[i] += 1
                i += i & -i
        return res
