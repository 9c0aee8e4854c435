function findKthLargest(nums: number[], k: number): number {
  // Sorts ascending, so index k - 1 is the k-th smallest.
  const sorted = [...nums].sort((a, b) => a - b);
  return sorted[k - 1];
}
