function meanAveragePrecision(detections: number[][], groundTruths: number[][], iouThreshold: number): number {
  const iou = (a: number[], b: number[]): number => {
    const w = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
    const h = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
    const inter = w * h;
    const union = (a[2]! - a[0]!) * (a[3]! - a[1]!) + (b[2]! - b[0]!) * (b[3]! - b[1]!) - inter;
    return union > 0 ? inter / union : 0;
  };

  // Ground truths by image and class, in row order, and the number per class.
  const gtByImageClass = new Map<string, { box: number[]; matched: boolean }[]>();
  const gtCount = new Map<number, number>();
  for (const [image, cls, ...box] of groundTruths) {
    const key = `${image}:${cls}`;
    if (!gtByImageClass.has(key)) gtByImageClass.set(key, []);
    gtByImageClass.get(key)!.push({ box, matched: false });
    gtCount.set(cls!, (gtCount.get(cls!) ?? 0) + 1);
  }

  // Every detection, highest score first; equal scores by row index (the sort is stable),
  // then split by class, keeping that order.
  const order = detections.map((_, i) => i).sort((a, b) => detections[b]![2]! - detections[a]![2]!);
  const byClass = new Map<number, number[]>();
  for (const d of order) {
    const cls = detections[d]![1]!;
    if (!byClass.has(cls)) byClass.set(cls, []);
    byClass.get(cls)!.push(d);
  }

  let sum = 0;
  for (const [cls, total] of gtCount) {
    const isTp: boolean[] = [];
    for (const d of byClass.get(cls) ?? []) {
      const [image, , , ...box] = detections[d]!;
      const candidates = gtByImageClass.get(`${image}:${cls}`) ?? [];
      // The single ground truth with the highest IoU (the first on ties) decides.
      let best = -1;
      let bestIou = -1;
      candidates.forEach((gt, g) => {
        const v = iou(box, gt.box);
        if (v > bestIou) {
          bestIou = v;
          best = g;
        }
      });
      const gt = candidates[best];
      if (gt && bestIou >= iouThreshold && !gt.matched) {
        gt.matched = true;
        isTp.push(true);
      } else {
        isTp.push(false); // no ground truth close enough, or a duplicate of a matched one
      }
    }
    // Precision and recall after each detection, then the envelope from the right.
    const precision: number[] = [];
    const recall: number[] = [];
    let tp = 0;
    isTp.forEach((t, k) => {
      if (t) tp++;
      precision.push(tp / (k + 1));
      recall.push(tp / total);
    });
    for (let k = precision.length - 2; k >= 0; k--) precision[k] = Math.max(precision[k]!, precision[k + 1]!);
    let ap = 0;
    let previousRecall = 0;
    for (let k = 0; k < recall.length; k++) {
      ap += (recall[k]! - previousRecall) * precision[k]!;
      previousRecall = recall[k]!;
    }
    sum += ap;
  }
  return sum / gtCount.size;
}
