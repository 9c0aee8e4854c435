function boxIou(boxes1: number[][], boxes2: number[][]): number[][] {
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  return boxes1.map((a) =>
    boxes2.map((b) => {
      const w = Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!); // may be negative
      const h = Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!); // may be negative
      const inter = w * h; // negative * negative = a phantom positive overlap
      const union = area(a) + area(b) - inter;
      return union > 0 ? inter / union : 0;
    }),
  );
}
