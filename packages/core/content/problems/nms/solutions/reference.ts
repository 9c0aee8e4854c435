function nms(boxes: number[][], scores: number[], iouThreshold: number): number[] {
  const n = boxes.length;
  // Descending score; equal scores keep the smaller index first.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  // Coordinates in sorted order, in flat typed arrays: the O(N^2) inner loop reads only these.
  const x1 = new Float64Array(n);
  const y1 = new Float64Array(n);
  const x2 = new Float64Array(n);
  const y2 = new Float64Array(n);
  const area = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    const b = boxes[order[p]!]!;
    x1[p] = b[0]!;
    y1[p] = b[1]!;
    x2[p] = b[2]!;
    y2[p] = b[3]!;
    area[p] = (b[2]! - b[0]!) * (b[3]! - b[1]!);
  }
  const suppressed = new Uint8Array(n);
  const keep: number[] = [];
  for (let p = 0; p < n; p++) {
    if (suppressed[p]) continue;
    keep.push(order[p]!);
    // Only a kept box suppresses: the boxes after it in the order that overlap it too much.
    for (let q = p + 1; q < n; q++) {
      if (suppressed[q]) continue;
      const w = (x2[p]! < x2[q]! ? x2[p]! : x2[q]!) - (x1[p]! > x1[q]! ? x1[p]! : x1[q]!);
      if (w <= 0) continue;
      const h = (y2[p]! < y2[q]! ? y2[p]! : y2[q]!) - (y1[p]! > y1[q]! ? y1[p]! : y1[q]!);
      if (h <= 0) continue;
      const inter = w * h;
      // inter > 0 here, so the union is positive.
      if (inter / (area[p]! + area[q]! - inter) > iouThreshold) suppressed[q] = 1;
    }
  }
  return keep;
}
