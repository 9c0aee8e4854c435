/**
 * Companies the parser recognises, with the names and nicknames write-ups use.
 *
 * To add a company, add an entry; to add a nickname, add it to `aliases`
 * (matching ignores case, spaces, punctuation and full-width forms, so
 * `B站`, `b 站` and `Ｂ站` are one alias). `id` is the company's id when it is
 * in `companies.yaml`; a company that is not there is written on the draft as
 * a plain name, `{ name: name[language] }`, and becomes an id by itself once
 * `companies.yaml` gains that id. The names in `companies.yaml` are aliases
 * too, without being listed here.
 *
 * Short Latin aliases only match as whole words (`pdd` in `pdd推荐`, not in
 * `...pddx`); keep aliases that are common words (`soul` is one) to companies
 * people really write about.
 */
export interface CompanyEntry {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly aliases: readonly string[];
}

export const companyEntries: readonly CompanyEntry[] = [
  // In companies.yaml.
  {
    id: 'bytedance',
    name: { zh: '字节跳动', en: 'ByteDance' },
    aliases: ['字节', '字节跳动', 'ByteDance', 'Byte Dance', '抖音', 'TikTok', '飞书', '头条', '今日头条'],
  },
  { id: 'pdd', name: { zh: '拼多多', en: 'PDD' }, aliases: ['拼多多', 'PDD', 'Pinduoduo', 'Temu', '拼夕夕'] },
  { id: 'kuaishou', name: { zh: '快手', en: 'Kuaishou' }, aliases: ['快手', 'Kuaishou', 'Kwai'] },
  { id: 'meituan', name: { zh: '美团', en: 'Meituan' }, aliases: ['美团', 'Meituan'] },
  {
    id: 'tencent',
    name: { zh: '腾讯', en: 'Tencent' },
    aliases: ['腾讯', '鹅厂', 'Tencent', 'WXG', 'IEG', 'CSIG', 'PCG', 'TEG', '腾讯云'],
  },
  { id: 'huawei', name: { zh: '华为', en: 'Huawei' }, aliases: ['华为', 'Huawei', '华子', '诺亚方舟实验室', '2012实验室'] },
  { id: 'bilibili', name: { zh: '哔哩哔哩', en: 'Bilibili' }, aliases: ['B站', '哔哩哔哩', 'bilibili', 'bili', '小破站'] },
  { id: 'netease', name: { zh: '网易', en: 'NetEase' }, aliases: ['网易', 'NetEase', '网易有道', '网易游戏', '雷火', '网易互娱'] },
  { id: 'shopee', name: { zh: 'Shopee', en: 'Shopee' }, aliases: ['Shopee', '虾皮'] },
  { id: 'soul', name: { zh: 'Soul', en: 'Soul' }, aliases: ['Soul', 'Soul App'] },
  { id: 'sensetime', name: { zh: '商汤', en: 'SenseTime' }, aliases: ['商汤', '商汤科技', 'SenseTime'] },
  { id: 'taotian', name: { zh: '淘天', en: 'Taotian' }, aliases: ['淘天', '淘天集团', '淘宝', '天猫', 'Taobao', 'Tmall'] },
  // Not in companies.yaml (yet): plain names on a draft.
  {
    id: 'alibaba',
    name: { zh: '阿里巴巴', en: 'Alibaba' },
    aliases: ['阿里', '阿里巴巴', 'Alibaba', '阿里云', 'Aliyun', '达摩院', 'DAMO Academy', '通义', '阿里妈妈', '高德'],
  },
  {
    id: 'ant-group',
    name: { zh: '蚂蚁集团', en: 'Ant Group' },
    aliases: ['蚂蚁', '蚂蚁集团', '蚂蚁金服', 'Ant Group', 'Ant Financial', '支付宝', 'Alipay'],
  },
  { id: 'baidu', name: { zh: '百度', en: 'Baidu' }, aliases: ['百度', 'Baidu', '文心'] },
  { id: 'jd', name: { zh: '京东', en: 'JD.com' }, aliases: ['京东', 'JD.com', 'Jingdong'] },
  { id: 'xiaohongshu', name: { zh: '小红书', en: 'Xiaohongshu' }, aliases: ['小红书', 'Xiaohongshu', 'RedNote', 'XHS'] },
  { id: 'ctrip', name: { zh: '携程', en: 'Trip.com' }, aliases: ['携程', 'Ctrip', 'Trip.com'] },
  { id: 'mihoyo', name: { zh: '米哈游', en: 'miHoYo' }, aliases: ['米哈游', 'miHoYo', 'HoYoverse', '米忽悠'] },
  { id: 'didi', name: { zh: '滴滴', en: 'DiDi' }, aliases: ['滴滴', 'DiDi', '滴滴出行'] },
  { id: 'xiaomi', name: { zh: '小米', en: 'Xiaomi' }, aliases: ['小米', 'Xiaomi'] },
  { id: 'dji', name: { zh: '大疆', en: 'DJI' }, aliases: ['大疆', 'DJI'] },
  { id: 'megvii', name: { zh: '旷视', en: 'Megvii' }, aliases: ['旷视', '旷视科技', 'Megvii'] },
  { id: 'horizon-robotics', name: { zh: '地平线', en: 'Horizon Robotics' }, aliases: ['地平线', 'Horizon Robotics'] },
  { id: 'hikvision', name: { zh: '海康威视', en: 'Hikvision' }, aliases: ['海康', '海康威视', 'Hikvision'] },
  { id: 'oppo', name: { zh: 'OPPO', en: 'OPPO' }, aliases: ['OPPO'] },
  { id: 'vivo', name: { zh: 'vivo', en: 'vivo' }, aliases: ['vivo'] },
  { id: 'honor', name: { zh: '荣耀', en: 'Honor' }, aliases: ['荣耀'] },
  { id: 'microsoft', name: { zh: '微软', en: 'Microsoft' }, aliases: ['微软', 'Microsoft', 'MSRA', '微软亚洲研究院'] },
  { id: 'google', name: { zh: '谷歌', en: 'Google' }, aliases: ['谷歌', 'Google', 'DeepMind'] },
  { id: 'amazon', name: { zh: '亚马逊', en: 'Amazon' }, aliases: ['亚马逊', 'Amazon', 'AWS'] },
  { id: 'meta', name: { zh: 'Meta', en: 'Meta' }, aliases: ['Facebook', 'Meta AI', 'Meta Platforms'] },
  { id: 'nvidia', name: { zh: '英伟达', en: 'NVIDIA' }, aliases: ['英伟达', 'NVIDIA'] },
  { id: 'zhipu', name: { zh: '智谱', en: 'Zhipu AI' }, aliases: ['智谱', 'Zhipu', '智谱AI'] },
  { id: 'moonshot', name: { zh: '月之暗面', en: 'Moonshot AI' }, aliases: ['月之暗面', 'Moonshot', 'Kimi'] },
  { id: 'deepseek', name: { zh: '深度求索', en: 'DeepSeek' }, aliases: ['深度求索', 'DeepSeek'] },
];
