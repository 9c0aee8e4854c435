class Solution:
    def removeKdigits(self, num: str, k: int) -> str:
        # Correct greedy, slow implementation: k times, scan from the left for
        # the first digit larger than its successor and delete it. O(n * k).
        digits = list(num)
        for _ in range(k):
            i = 0
            while i + 1 < len(digits) and digits[i] <= digits[i + 1]:
                i += 1
            del digits[i]
        return "".join(digits).lstrip("0") or "0"
