function findKthLargest(nums: number[], k: number): number {
    // min-heap holding the k largest elements seen so far
    const heap: number[] = [];
    const swap = (i: number, j: number) => {
        [heap[i], heap[j]] = [heap[j], heap[i]];
    };
    const siftUp = (i: number) => {
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p] <= heap[i]) break;
            swap(i, p);
            i = p;
        }
    };
    const siftDown = (i: number) => {
        const n = heap.length;
        while (true) {
            let smallest = i;
            const l = 2 * i + 1, r = 2 * i + 2;
            if (l < n && heap[l] < heap[smallest]) smallest = l;
            if (r < n && heap[r] < heap[smallest]) smallest = r;
            if (smallest === i) break;
            swap(i, smallest);
            i = smallest;
        }
    };
    for (const x of nums) {
        if (heap.length < k) {
            heap.push(x);
            siftUp(heap.length - 1);
        } else if (x > heap[0]) {
            heap[0] = x;
            siftDown(0);
        }
    }
    return heap[0];
};
