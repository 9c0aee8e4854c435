function rob(nums: number[]): number {
  // Takes every other house, starting at index 0 or at index 1, whichever sums more.
  // Never considers skipping two houses in a row.
  let even = 0;
  let odd = 0;
  nums.forEach((money, i) => {
    if (i % 2 === 0) even += money;
    else odd += money;
  });
  return Math.max(even, odd);
}
