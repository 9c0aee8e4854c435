function reversePairs(record: number[]): number {
  // Checks every pair: n(n-1)/2 ≈ 1.25·10^9 comparisons at n = 5·10^4.
  let count = 0;
  for (let i = 0; i < record.length; i++) {
    for (let j = i + 1; j < record.length; j++) {
      if (record[i] > record[j]) count++;
    }
  }
  return count;
}
