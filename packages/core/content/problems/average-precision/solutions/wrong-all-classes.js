/**
 * PASCAL VOC (2010+) mAP: per class, greedy matching in score order, then the
 * area under the interpolated precision-recall curve, computed as the VOC
 * devkit does with sentinel points (0, 0) and (1, 0).
 * @param {number[][]} detections [image, class, score, x1, y1, x2, y2]
 * @param {number[][]} groundTruths [image, class, x1, y1, x2, y2]
 * @param {number} iouThreshold
 * @return {number}
 */
var meanAveragePrecision = function (detections, groundTruths, iouThreshold) {
  // Every class that appears anywhere, including classes with no ground truth (AP 0).
  const classes = [...new Set([...groundTruths, ...detections].map((row) => row[1]))];
  let sum = 0;
  for (const cls of classes) {
    /** @type {Map<number, {box: number[], used: boolean}[]>} image -> its ground truths of this class */
    const byImage = new Map();
    let npos = 0;
    for (const g of groundTruths) {
      if (g[1] !== cls) continue;
      if (!byImage.has(g[0])) byImage.set(g[0], []);
      byImage.get(g[0]).push({ box: g.slice(2), used: false });
      npos++;
    }
    const dets = [];
    detections.forEach((d, i) => {
      if (d[1] === cls) dets.push({ i, image: d[0], score: d[2], box: d.slice(3) });
    });
    dets.sort((a, b) => b.score - a.score || a.i - b.i);

    const tp = new Array(dets.length).fill(0);
    const fp = new Array(dets.length).fill(0);
    dets.forEach((d, k) => {
      const gts = byImage.get(d.image) || [];
      let ovmax = -Infinity;
      let jmax = -1;
      for (let j = 0; j < gts.length; j++) {
        const g = gts[j].box;
        const iw = Math.min(d.box[2], g[2]) - Math.max(d.box[0], g[0]);
        const ih = Math.min(d.box[3], g[3]) - Math.max(d.box[1], g[1]);
        let ov = 0;
        if (iw > 0 && ih > 0) {
          const inter = iw * ih;
          ov = inter / ((d.box[2] - d.box[0]) * (d.box[3] - d.box[1]) + (g[2] - g[0]) * (g[3] - g[1]) - inter);
        }
        if (ov > ovmax) {
          ovmax = ov;
          jmax = j;
        }
      }
      if (jmax >= 0 && ovmax >= iouThreshold && !gts[jmax].used) {
        gts[jmax].used = true;
        tp[k] = 1;
      } else {
        fp[k] = 1;
      }
    });

    // Cumulative counts -> recall and precision, with sentinels at both ends.
    const mrec = [0];
    const mpre = [0];
    let ctp = 0;
    let cfp = 0;
    for (let k = 0; k < dets.length; k++) {
      ctp += tp[k];
      cfp += fp[k];
      mrec.push(npos > 0 ? ctp / npos : 0);
      mpre.push(ctp / (ctp + cfp));
    }
    mrec.push(1);
    mpre.push(0);
    for (let k = mpre.length - 2; k >= 0; k--) mpre[k] = Math.max(mpre[k], mpre[k + 1]);
    let ap = 0;
    for (let k = 1; k < mrec.length; k++) {
      if (mrec[k] !== mrec[k - 1]) ap += (mrec[k] - mrec[k - 1]) * mpre[k];
    }
    sum += ap;
  }
  return sum / classes.length;
};
