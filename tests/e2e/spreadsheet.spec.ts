/**
 * 导出 Excel / 导出 CSV, read back by an independent reader: LibreOffice (headless) converts each
 * downloaded .xlsx to one CSV per sheet, and the cells are checked there. Raw values show that
 * figures are numbers (a text "60.00" would stay "60.00"; the number 60 with format 0.00 reads
 * back as 60), the cells as shown that they carry the right formats.
 */
import { test, expect, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { savedContaining, worksheetReady } from '../support/worksheet';

/** The LibreOffice binary; a clear failure when it is not installed (CI installs it). */
function soffice(): string {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'LibreOffice (soffice) is not installed: these tests read the exported .xlsx files with it. ' +
        'Install libreoffice-calc-nogui (.ci/run does so).',
    );
  }
}

/** A small CSV reader (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/**
 * Every sheet of an .xlsx as rows of cells, read by LibreOffice: `shown` as the cell formats show
 * them, otherwise the raw values. Filter tokens: 44 comma, 34 quote, 76 UTF-8; token 9 is
 * 「save cell contents as shown」; token 12 = -1 writes each sheet to its own file,
 * <name>-<sheet>.csv (LibreOffice 7.2 and later).
 */
function readXlsx(file: string, outDir: string, shown: boolean): Record<string, string[][]> {
  const dir = join(outDir, shown ? 'shown' : 'raw');
  mkdirSync(dir, { recursive: true });
  const profile = `file:///tmp/lo-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  execFileSync(
    soffice(),
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${shown},false,false,-1`,
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'pipe', timeout: 60_000 },
  );
  const stem = basename(file, '.xlsx');
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`${stem}-`) || !name.endsWith('.csv')) continue;
    const sheet = name.slice(stem.length + 1, -'.csv'.length);
    sheets[sheet] = parseCsv(readFileSync(join(dir, name), 'utf8'));
  }
  return sheets;
}

async function download(page: Page, button: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return file;
}

/** A row whose first cells are `start`. */
function rowStarting(rows: string[][] | undefined, ...start: string[]): string[] | undefined {
  return rows?.find((r) => start.every((s, i) => r[i] === s));
}

interface Case {
  id: string;
  firstField: string;
  fill(page: Page): Promise<void>;
  /** Sheet names, in order. */
  sheets: string[];
  check(raw: Record<string, string[][]>, shown: Record<string, string[][]>): void;
  /** Lines the CSV must hold. */
  csv: string[];
}

const CASES: Case[] = [
  {
    id: 'swot',
    firstField: '分析对象',
    async fill(page) {
      await page.getByLabel('分析对象', { exact: true }).fill('华东分销渠道');
      const add = page.getByLabel('添加优势', { exact: true });
      await add.fill('网点覆盖广，服务"快"');
      await add.press('Enter');
      await expect(page.getByLabel('优势 1', { exact: true })).toHaveValue('网点覆盖广，服务"快"');
      await savedContaining(page, '网点覆盖广');
    },
    sheets: ['概况', 'SWOT 条目', 'TOWS 策略'],
    check(raw) {
      expect(rowStarting(raw['概况'], '分析对象')).toEqual(['分析对象', '华东分销渠道']);
      expect(raw['SWOT 条目'][0]).toEqual(['象限', '序号', '条目', '重要性（1–5）', '依据']);
      expect(raw['SWOT 条目'][1]).toEqual(['优势（S）', '1', '网点覆盖广，服务"快"', '3', '']);
    },
    csv: [
      'SWOT 条目',
      '象限,序号,条目,重要性（1–5）,依据',
      '优势（S）,1,"网点覆盖广，服务""快""",3,',
    ],
  },
  {
    id: 'smart-goal',
    firstField: '目标名称',
    async fill(page) {
      await page.getByLabel('目标名称', { exact: true }).fill('华东区新客户开发');
      await page.getByLabel('基线值', { exact: true }).fill('20');
      await page.getByLabel('目标值', { exact: true }).fill('35');
      await page.getByLabel('单位', { exact: true }).fill('家');
      await savedContaining(page, '华东区新客户开发');
    },
    sheets: [
      '目标',
      'SMART 检查',
      '里程碑',
      '分解到期间',
      '分解到个人',
      '人员 × 月份',
      '达成率跟踪',
    ],
    check(raw, shown) {
      expect(rowStarting(raw['目标'], '目标名称')).toEqual(['目标名称', '华东区新客户开发']);
      expect(rowStarting(raw['目标'], '基线值')).toEqual(['基线值', '20']);
      expect(rowStarting(raw['目标'], '目标值')).toEqual(['目标值', '35']);
      // +75 %, stored as the fraction 0.75.
      expect(rowStarting(raw['目标'], '变化幅度')).toEqual(['变化幅度', '75%']);
      expect(rowStarting(shown['目标'], '变化幅度')).toEqual(['变化幅度', '75.0%']);
      expect(rowStarting(raw['分解到期间'], '分解总量')?.[3]).toBe('35');
      expect(rowStarting(raw['分解到期间'], '第一季度', '')).toEqual([
        '第一季度',
        '',
        '1',
        '9',
        '',
      ]);
    },
    csv: ['目标', '基线值,20', '目标值,35', '变化幅度,75.0%'],
  },
  {
    id: 'channel-pricing',
    firstField: '建议零售价',
    async fill(page) {
      await page.getByRole('button', { name: '载入示例' }).click();
      await page.getByLabel('建议零售价', { exact: true }).fill('200');
      await expect(page.getByRole('table', { name: /^价格链/ })).toContainText('160.00');
      await savedContaining(page, '"retailPrice":"200"');
    },
    sheets: ['基本设置', '价格链', '数量折扣', '订货货款', '情景', '情景对比'],
    check(raw, shown) {
      expect(raw['价格链'][0].slice(0, 7)).toEqual([
        '层级',
        '角色',
        '进价（元，含税）',
        '售价（元，含税）',
        '单位毛利（元，含税）',
        '毛利率',
        '加价率',
      ]);
      // 60 % of 200 → 120, 80 % → 160: numbers (raw 120, not "120.00"), margins as fractions.
      expect(rowStarting(raw['价格链'], '经销商')?.slice(2, 6)).toEqual([
        '120',
        '160',
        '40',
        '25%',
      ]);
      expect(rowStarting(shown['价格链'], '经销商')?.slice(2, 7)).toEqual([
        '120.00',
        '160.00',
        '40.00',
        '25.0%',
        '33.3%',
      ]);
      expect(rowStarting(raw['基本设置'], '增值税率')).toEqual(['增值税率', '13%']);
      expect(rowStarting(shown['数量折扣'], '501')?.slice(0, 4)).toEqual([
        '501',
        '1,000',
        '9.5',
        '114.00',
      ]);
      expect(rowStarting(raw['订货货款'], '全量折扣')).toEqual([
        '全量折扣',
        '1200',
        '129600',
        '108',
      ]);
    },
    // The 最低限价 column: the dealer buys from the company, with the example's floor of 56.
    csv: ['价格链', '经销商,渠道商,120.00,160.00,40.00,25.0%,33.3%,56.00,'],
  },
  {
    id: 'team-competency',
    firstField: '团队名称',
    async fill(page) {
      await page.getByRole('button', { name: '载入示例' }).click();
      await page.getByLabel('团队名称', { exact: true }).fill('华东一组');
      await savedContaining(page, '"team":"华东一组"');
    },
    sheets: ['概况', '评分', '维度均分', '个人发展计划'],
    check(raw, shown) {
      expect(rowStarting(raw['概况'], '团队名称')).toEqual(['团队名称', '华东一组']);
      // Ratings are numbers; 李娜's 问题分析与解决: 本人 4, 经理 2, gap −2.
      expect(rowStarting(raw['评分'], '李娜', '执行能力', '问题分析与解决')).toEqual([
        '李娜',
        '执行能力',
        '问题分析与解决',
        '4',
        '2',
        '-2',
      ]);
      // The team's averages, exact to the hundredth: 38 / 12 → 3.17.
      expect(rowStarting(raw['维度均分'], '团队平均')).toEqual([
        '团队平均',
        '3.17',
        '3.5',
        '3.08',
        '2.92',
      ]);
      expect(rowStarting(shown['维度均分'], '张伟')).toEqual([
        '张伟',
        '3.50',
        '4.50',
        '3.50',
        '2.50',
      ]);
      expect(rowStarting(raw['个人发展计划'], '张伟', '跨部门协作')?.[2]).toContain('协调会');
    },
    csv: ['维度均分', '团队平均,3.17,3.50,3.08,2.92'],
  },
  {
    id: 'action-plan',
    firstField: '计划开始日期',
    async fill(page) {
      await page.getByLabel('计划开始日期', { exact: true }).fill('2027-01-04');
      await page
        .getByRole('region', { name: '第 31–60 天：试点与调整' })
        .getByRole('button', { name: '添加行动' })
        .click();
      await page
        .getByLabel('第 31–60 天 第 1 项 行动', { exact: true })
        .fill('试行新的报价审批流程');
      await page.getByLabel('第 31–60 天 行动 1 负责人', { exact: true }).fill('刘洋');
      await page.getByLabel('第 31–60 天 行动 1 完成日期', { exact: true }).fill('2027-02-27');
      await page
        .getByLabel('第 31–60 天 行动 1 状态', { exact: true })
        .selectOption({ label: '已放弃' });
      await savedContaining(page, 'dropped');
    },
    sheets: ['概况', '阶段', '阶段目标与复盘', '行动'],
    check(raw) {
      expect(rowStarting(raw['概况'], '计划开始日期')).toEqual(['计划开始日期', '2027-01-04']);
      expect(rowStarting(raw['阶段'], '第 31–60 天：试点与调整')).toEqual([
        '第 31–60 天：试点与调整',
        '2027-02-03',
        '2027-03-04',
        '',
      ]);
      expect(raw['行动'][0]).toEqual([
        '阶段',
        '序号',
        '行动',
        '负责人',
        '完成日期',
        '第几天',
        '状态',
      ]);
      expect(raw['行动'][1]).toEqual([
        '第 31–60 天',
        '1',
        '试行新的报价审批流程',
        '刘洋',
        '2027-02-27',
        '55',
        '已放弃',
      ]);
    },
    csv: ['行动', '第 31–60 天,1,试行新的报价审批流程,刘洋,2027-02-27,55,已放弃'],
  },
];

for (const c of CASES) {
  test(`${c.id}: 导出 Excel opens in LibreOffice with the right cells, 导出 CSV keeps Chinese`, async ({
    page,
  }, info) => {
    await page.goto(`/exercises/${c.id}/`);
    await worksheetReady(page, c.firstField);
    await c.fill(page);

    const xlsx = await download(page, '导出 Excel');
    expect(xlsx.suggestedFilename()).toMatch(
      new RegExp(`^${c.id}-[^/]+-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`),
    );
    await expect(page.getByRole('status').filter({ hasText: '已导出为文件' })).toContainText(
      xlsx.suggestedFilename(),
    );
    const file = info.outputPath(`${c.id}.xlsx`);
    await xlsx.saveAs(file);
    const raw = readXlsx(file, info.outputPath('lo'), false);
    const shown = readXlsx(file, info.outputPath('lo'), true);
    expect(Object.keys(raw).sort()).toEqual([...c.sheets].sort());
    c.check(raw, shown);

    const csv = await download(page, '导出 CSV');
    expect(csv.suggestedFilename()).toMatch(new RegExp(`^${c.id}-.+\\.csv$`));
    const csvFile = info.outputPath(`${c.id}.csv`);
    await csv.saveAs(csvFile);
    const bytes = readFileSync(csvFile);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const lines = text.split('\r\n');
    // Sections in the order of the workbook's sheets, each led by its name.
    const starts = c.sheets.map((s) => lines.indexOf(s));
    expect(starts.every((n, i) => n >= 0 && (i === 0 || n > starts[i - 1]))).toBe(true);
    for (const line of c.csv) expect(lines).toContain(line);
  });
}

test('汇总 exports every collected document of one type to one workbook', async ({
  page,
}, info) => {
  const swot = (title: string, strengths: string[]) => ({
    name: `swot-${title}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        id: `doc-${title}`,
        exercise: 'swot',
        schemaVersion: 1,
        title,
        createdAt: '2026-11-28T08:00:00.000Z',
        updatedAt: '2026-11-28T08:00:00.000Z',
        data: {
          subject: title,
          date: '2026-11-28',
          items: {
            S: strengths.map((text, i) => ({ id: `S${i}`, text, importance: 4, evidence: '' })),
            W: [],
            O: [],
            T: [],
          },
          strategies: { SO: [], WO: [], ST: [], WT: [] },
        },
      }),
    ),
  });
  await page.goto('/exercises/collect/');
  const input = page.getByLabel('选择练习文件（可多选）');
  await expect(async () => {
    await input.scrollIntoViewIfNeeded({ timeout: 2_000 });
    await page.getByRole('combobox', { name: '练习类型' }).selectOption('swot', { timeout: 2_000 });
    await input.setInputFiles(
      [swot('华东', ['网点覆盖广', '服务响应快']), swot('华南', ['品牌老'])],
      {
        timeout: 2_000,
      },
    );
    await expect(page.getByText('已汇总 2 份「SWOT 分析矩阵」')).toBeVisible({ timeout: 2_000 });
  }).toPass();

  const xlsx = await download(page, '导出 Excel');
  expect(xlsx.suggestedFilename()).toMatch(/^swot-汇总-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = info.outputPath('collect.xlsx');
  await xlsx.saveAs(file);
  const raw = readXlsx(file, info.outputPath('lo'), false);
  expect(Object.keys(raw).sort()).toEqual(['SWOT 条目', 'TOWS 策略', '概况'].sort());
  expect(raw['SWOT 条目']).toEqual([
    ['文档', '象限', '序号', '条目', '重要性（1–5）', '依据'],
    ['1. 华东', '优势（S）', '1', '网点覆盖广', '4', ''],
    ['1. 华东', '优势（S）', '2', '服务响应快', '4', ''],
    ['2. 华南', '优势（S）', '1', '品牌老', '4', ''],
  ]);
  expect(rowStarting(raw['概况'], '2. 华南', '日期')).toEqual(['2. 华南', '日期', '2026-11-28']);
});
