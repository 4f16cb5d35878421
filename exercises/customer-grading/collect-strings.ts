/** Texts of the 汇总 views of 客户分级与流失预警 (CollectBody.tsx, CollectMerged.tsx). */
export const COLLECT = {
  customers: (n: number) => `客户 ${n} 家`,
  count: (name: string, n: number) => `${name} ${n} 家`,
  separator: ' · ',
  red: '红色客户',
  unnamed: '（未填写客户名称）',
  mergedHeading: '合并清单：全部客户',
  mergedPager: '合并清单',
  mergedHint:
    '各文件中的客户合并为一张清单。名称相同的客户（忽略首尾空格、全角半角和大小写的差别）标出“重复”，请确认是否由两人同时负责。',
  mergedCaption: (n: number, docs: number) => `合并清单（${docs} 份文件，${n} 家客户）`,
  source: '来源',
  duplicate: (n: number) => `重复：出现在 ${n} 份文件中`,
  duplicates: (names: string) => `以下客户出现在不止一份文件中：${names}。`,
  noDuplicates: '没有客户出现在两份文件中。',
} as const;
