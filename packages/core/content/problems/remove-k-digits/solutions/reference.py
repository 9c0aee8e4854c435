class Solution:
    def removeKdigits(self, num: str, k: int) -> str:
        # Monotonic stack: the kept digits never decrease from bottom to top.
        stack = []
        for digit in num:
            while k > 0 and stack and stack[-1] > digit:
                stack.pop()
                k -= 1
            stack.append(digit)
        # Removals left over: the stack is non-decreasing, so drop from the end.
        if k:
            del stack[-k:]
        return "".join(stack).lstrip("0") or "0"
