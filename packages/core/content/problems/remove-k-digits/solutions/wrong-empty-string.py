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
        return "".join(stack).lstrip("0")  # "" instead of "0" when nothing is left
