/**
 * Interval DP: dp[len][i][j] says whether s1[i, i+len) scrambles into s2[j, j+len).
 * @param {string} s1
 * @param {string} s2
 * @return {boolean}
 */
var isScramble = function (s1, s2) {
  const n = s1.length;
  if (s2.length !== n) return false;
  const dp = [];
  for (let len = 0; len <= n; len++) {
    dp.push(Array.from({ length: n }, () => new Array(n).fill(false)));
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) dp[1][i][j] = s1[i] === s2[j];
  }
  for (let len = 2; len <= n; len++) {
    for (let i = 0; i + len <= n; i++) {
      for (let j = 0; j + len <= n; j++) {
        for (let k = 1; k < len; k++) {
          if ((dp[k][i][j] && dp[len - k][i + k][j + k]) || (dp[k][i][j + len - k] && dp[len - k][i + k][j])) {
            dp[len][i][j] = true;
            break;
          }
        }
      }
    }
  }
  return dp[n][0][0];
};
