function canJump(nums: number[]): boolean {
  const last = nums.length - 1;
  // Tries every jump from every index, longest first, without remembering
  // which indices already failed: exponential on an unreachable end.
  const dfs = (i: number): boolean => {
    if (i >= last) return true;
    for (let step = nums[i]; step >= 1; step--) {
      if (dfs(i + step)) return true;
    }
    return false;
  };
  return dfs(0);
}
