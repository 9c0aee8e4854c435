class Solution:
    def removeKdigits(self, num: str, k: int) -> str:
        stack = []
        for digit in num:
            while k and stack and stack[-1] > digit:
                stack.pop()
                k -= 1
            stack.append(digit)
        if k:
            del stack[-k:]
        return "".join(stack) or "0"  # forgets to strip leading zeros: "10200", k = 1 gives "0200"
