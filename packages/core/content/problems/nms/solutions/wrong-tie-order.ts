function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const iou = (a: number[], b: number[]) => {
    const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
    const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
    const inter = w * h;
    const union = (a[2]! - a[0]!) * (a[3]! - a[1]!) + (b[2]! - b[0]!) * (b[3]! - b[1]!) - inter;
    return union > 0 ? inter / union : 0;
  };
  // Ascending sort, then reversed: equal scores come out with the larger index first.
  const order = boxes.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!).reverse();
  const kept: number[] = [];
  for (const i of order) {
    if (kept.every((k) => iou(boxes[k]!, boxes[i]!) <= iouThreshold)) kept.push(i);
  }
  return kept;
}
