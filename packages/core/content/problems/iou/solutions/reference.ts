function boxIou(boxes1: number[][], boxes2: number[][]): number[][] {
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  const areas2 = boxes2.map(area);
  return boxes1.map((a) => {
    const areaA = area(a);
    return boxes2.map((b, j) => {
      // Clamp each side at 0 before multiplying: boxes apart along both axes
      // would otherwise multiply two negative sides into a positive area.
      const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
      const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
      const inter = w * h;
      const union = areaA + areas2[j]! - inter;
      // The union is 0 only when both boxes have zero area; their IoU is 0 by definition.
      return union > 0 ? inter / union : 0;
    });
  });
}
