function boxIou(boxes1: number[][], boxes2: number[][]): number[][] {
  const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);
  return boxes1.map((a) =>
    boxes2.map((b) => {
      const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
      const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
      const inter = w * h;
      return inter / (area(a) + area(b) - inter); // 0 / 0 = NaN for two zero-area boxes
    }),
  );
}
