function reversePairs(record: number[]): number {
    const tmp: number[] = new Array(record.length);
    const mergeSort = (l: number, r: number): number => {
        if (l >= r) return 0;
        const m = (l + r) >> 1;
        let res = mergeSort(l, m) + mergeSort(m + 1, r);
        let i = l, j = m + 1, k = l;
        while (i <= m && j <= r) {
            if (record[i] <= record[j]) {
                tmp[k++] = record[i++];
            } else {
                res += m - i + 1;
                tmp[k++] = record[j++];
            }
        }
        while (i <= m) tmp[k++] = record[i++];
        while (j <= r) tmp[k++] = record[j++];
        for (k = l; k <= r; k++) record[k] = tmp[k];
        return res;
    };
    return mergeSort(0, record.length - 1);
};
