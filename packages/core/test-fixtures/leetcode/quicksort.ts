function sortArray(nums: number[]): number[] {
    const quickSort = (l: number, r: number): void => {
        if (l >= r) return;
        const pivot = nums[l + Math.floor(Math.random() * (r - l + 1))];
        let lt = l, i = l, gt = r;
        while (i <= gt) {
            if (nums[i] < pivot) { [nums[lt], nums[i]] = [nums[i], nums[lt]]; lt++; i++; }
            else if (nums[i] > pivot) { [nums[gt], nums[i]] = [nums[i], nums[gt]]; gt--; }
            else i++;
        }
        quickSort(l, lt - 1);
        quickSort(gt + 1, r);
    };
    quickSort(0, nums.length - 1);
    return nums;
};
