function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const n = boxes.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const iou = (a: number[], b: number[]) => {
    const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
    const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
    const inter = w * h;
    const union = (a[2]! - a[0]!) * (a[3]! - a[1]!) + (b[2]! - b[0]!) * (b[3]! - b[1]!) - inter;
    return union > 0 ? inter / union : 0;
  };
  const keep: number[] = [];
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    // Compares with every higher-scoring box, including ones already suppressed.
    let suppressed = false;
    for (let q = 0; q < p && !suppressed; q++) suppressed = iou(boxes[order[q]!]!, boxes[i]!) > iouThreshold;
    if (!suppressed) keep.push(i);
  }
  return keep;
}
