/**
 * Hostile use of the worksheet store: two tabs editing one document, storage that is full,
 * numbers typed in every form (issue 16, items 3, 8 and 11).
 */
import { test, expect, type Page } from '@playwright/test';
import { fieldReady, savedContaining, worksheetReady } from '../../support/worksheet';

const SMART = '/exercises/smart-goal/';
const PRICING = '/exercises/channel-pricing/';

async function open(page: Page, path = SMART, first = '目标名称') {
  await page.goto(path);
  await worksheetReady(page, first);
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Number of SMART goal documents in this browser's storage. */
function storedGoals(page: Page): Promise<number> {
  return page.evaluate(
    () => Object.keys(localStorage).filter((k) => /:smart-goal:doc:/.test(k)).length,
  );
}

/** Two tabs on one stored goal, the second one open after the first has saved. */
async function twoTabs(page: Page) {
  await open(page);
  await field(page, '目标名称').fill('初始目标');
  await savedContaining(page, '初始目标');
  const other = await page.context().newPage();
  await open(other);
  await expect(field(other, '目标名称')).toHaveValue('初始目标');
  return other;
}

// Typed one key at a time, faster than the autosave pause: the tab keeps unsaved edits
// for as long as the typing lasts.
const LONG_TEXT = '在华东区开发十五家年采购额五十万元以上的新经销商客户并完成首单交付与回款';

test.describe('two tabs on one document', () => {
  test('an edit saved in one tab survives the other tab saving its edit of another field', async ({
    page,
  }) => {
    const b = await twoTabs(page);
    const typing = field(b, '具体描述').pressSequentially(LONG_TEXT, { delay: 50 });
    await field(page, '目标名称').fill('A 改过的目标');
    await savedContaining(page, 'A 改过的目标');
    await typing;
    await savedContaining(b, LONG_TEXT);

    // Both tabs end with both edits, and so does storage.
    await expect(field(page, '具体描述')).toHaveValue(LONG_TEXT);
    await expect(field(page, '目标名称')).toHaveValue('A 改过的目标');
    await expect(field(b, '目标名称')).toHaveValue('A 改过的目标');
    await expect(b.getByRole('status').filter({ hasText: '已合并' })).toBeVisible();
    await savedContaining(page, 'A 改过的目标');
    expect(await storedGoals(page)).toBe(1);
  });

  test('when both tabs change the same field, both versions are kept and the page says so', async ({
    page,
  }) => {
    const b = await twoTabs(page);
    await field(b, '目标名称').press('End');
    const typing = field(b, '目标名称').pressSequentially('（B 的补充说明，逐字输入）', {
      delay: 50,
    });
    await field(page, '目标名称').fill('A 的目标');
    await savedContaining(page, 'A 的目标');
    await typing;

    await expect(b.getByRole('status').filter({ hasText: '另存为' })).toContainText(
      '另一标签页的副本',
    );
    await expect(field(b, '目标名称')).toHaveValue('初始目标（B 的补充说明，逐字输入）');
    await expect.poll(() => storedGoals(page)).toBe(2);
    await savedContaining(page, '初始目标（B 的补充说明，逐字输入）');
    // The first tab keeps its own version.
    await expect(field(page, '目标名称')).toHaveValue('A 的目标');
  });
});

test.describe('storage that cannot be written', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  });

  test('closing the tab asks first while typed work exists only in memory', async ({ page }) => {
    await open(page);
    await expect(page.getByRole('status').filter({ hasText: '仅保存在内存中' })).toBeVisible();
    const name = field(page, '目标名称');
    await name.click();
    await name.pressSequentially('只在内存里的目标');

    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const shown = await dialog;
    expect(shown.type()).toBe('beforeunload');
    // Staying keeps the work on screen.
    await shown.dismiss();
    await expect(name).toHaveValue('只在内存里的目标');
  });

  test('leaving the page asks too, and an untouched page does not ask', async ({ page }) => {
    await open(page);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.type());
      void d.accept();
    });
    // Clicked (the browser only asks on pages the user interacted with) but nothing typed.
    await field(page, '目标名称').click();
    await page.goto('/');
    expect(dialogs).toEqual([]);

    await open(page);
    const name = field(page, '目标名称');
    await name.click();
    await name.pressSequentially('没保存的目标');
    await page.goto('/');
    expect(dialogs).toEqual(['beforeunload']);
  });
});

test.describe('numbers follow one rule per kind of quantity', () => {
  test('a baseline of 0.000001 never shows an absurd growth', async ({ page }) => {
    await open(page);
    await field(page, '衡量指标').fill('华东区新客户数');
    await field(page, '单位').fill('家');
    await field(page, '目标值').fill('35');
    const baseline = field(page, '基线值');
    await baseline.fill('0.000001');
    const statement = page.getByRole('region', { name: '目标陈述' });
    // 家 are counted in whole numbers: the value is refused with a message.
    await expect(baseline).toHaveAttribute('aria-invalid', 'true');
    await expect(baseline).toHaveAccessibleDescription(/请输入整数/);
    await expect(statement).toContainText('提升到 35 家');
    await expect(statement).not.toContainText('%');

    // In 万元 it is read, shows as 0, and no percentage is claimed.
    await field(page, '单位').fill('万元');
    await expect(baseline).not.toHaveAttribute('aria-invalid', 'true');
    await expect(statement).toContainText('从 0 万元提升到 35 万元');
    await expect(statement).not.toContainText('%');
    await expect(page.locator('body')).not.toContainText('3,499,999,900');
  });

  test('５０％ is read the same by 基线值 and by 权重', async ({ page }) => {
    await open(page);
    const baseline = field(page, '基线值');
    await baseline.fill('５０％');
    await expect(baseline).not.toHaveAttribute('aria-invalid', 'true');
    const weight = field(page, '第一季度 权重');
    await fieldReady(weight);
    await weight.fill('５０％');
    await expect(weight).not.toHaveAttribute('aria-invalid', 'true');
    await weight.fill('¥5');
    await expect(weight).toHaveAttribute('aria-invalid', 'true');
  });

  test('增值税率 and 订货量 refuse ¥12; a price takes it', async ({ page }) => {
    await open(page, PRICING, '建议零售价');
    const vat = field(page, '增值税率');
    await vat.fill('¥12');
    await expect(vat).toHaveAttribute('aria-invalid', 'true');
    await expect(vat).toHaveAccessibleDescription(/此处不是金额/);
    await vat.fill('５０％');
    await expect(vat).not.toHaveAttribute('aria-invalid', 'true');

    const retail = field(page, '建议零售价');
    await retail.fill('¥1,234.5');
    await expect(retail).not.toHaveAttribute('aria-invalid', 'true');

    const volume = page.getByRole('region', { name: '数量折扣与阶梯价格' });
    const quantity = volume.getByLabel('订货量（件）', { exact: true });
    await fieldReady(quantity);
    await quantity.fill('¥12');
    await expect(quantity).toHaveAttribute('aria-invalid', 'true');
    await expect(quantity).toHaveAccessibleDescription(/此处不是金额/);
    await quantity.fill('12.5');
    await expect(quantity).toHaveAccessibleDescription(/请输入整数/);
  });
});
